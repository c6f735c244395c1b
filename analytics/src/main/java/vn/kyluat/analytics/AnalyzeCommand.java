package vn.kyluat.analytics;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.kyluat.analytics.AnalysisRun.Summary;
import vn.kyluat.analytics.config.AnalyticsConfig;
import vn.kyluat.analytics.engine.SparkSessions;
import vn.kyluat.analytics.lake.HadoopFiles;
import vn.kyluat.analytics.lake.LakeContractException;
import vn.kyluat.analytics.lake.LakeReader;
import vn.kyluat.analytics.marts.MartsNotWritableException;
import vn.kyluat.contract.ConfigException;
import vn.kyluat.contract.ConfigNode;
import vn.kyluat.contract.Mart;
import vn.kyluat.contract.PipelineLocations;
import vn.kyluat.contract.Quarter;
import vn.kyluat.contract.WorkspaceLock;

@Command(
        name = "analyze",
        mixinStandardHelpOptions = true,
        description = {
            "Reads the published lake, computes every metric per organisation and quarter and publishes the marts"
                    + " (Parquet) and their CSV exports under the configured 'marts' location, all together as one set"
                    + " named by <marts>/_current.",
            "Exit codes: 0 done; 3 done, but the lake's latest extraction run is PARTIAL or FAILED (a warning names"
                    + " the sources); 1 failed, or not started because another analysis holds the marts folder; 2 wrong"
                    + " usage, configuration, a lake on the local disk that is not there, or a marts location that cannot"
                    + " be written (both found before Spark starts).",
            "The configuration file is read from the driver's local disk; lake and marts may be any Hadoop URI."
        })
final class AnalyzeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--config", required = true, paramLabel = "FILE", description = "the pipeline configuration (YAML)")
    Path config;

    @Option(
            names = "--from",
            paramLabel = "QUARTER",
            converter = QuarterConverter.class,
            description = "first quarter, e.g. 2024Q1 (default: analytics.from, else the lake's first)")
    Quarter from;

    @Option(
            names = "--to",
            paramLabel = "QUARTER",
            converter = QuarterConverter.class,
            description =
                    "last quarter (default: analytics.to, else the last quarter ended before the lake's newest fact)")
    Quarter to;

    @Option(
            names = "--master",
            paramLabel = "URL",
            description = "Spark master (default: analytics.master, else local[*]); ignored under spark-submit")
    String master;

    @Override
    public Integer call() {
        if (from != null && to != null && from.compareTo(to) > 0) {
            throw new ParameterException(spec.commandLine(), "--from " + from + " is after --to " + to);
        }
        ConfigNode root = ConfigNode.load(config);
        AnalyticsConfig settings =
                AnalyticsConfig.from(root).withQuarters(Optional.ofNullable(from), Optional.ofNullable(to));
        requireLocalLake(root, settings.locations().lake());
        try (WorkspaceLock lock = lockMarts(settings.locations().marts())) {
            return analyze(settings);
        }
    }

    /**
     * A lake on the local disk that is not there is a configuration error, told before Spark starts
     * (seconds) and before the marts folder is touched, by the lake reader's own rule. A lake on another
     * file system (hdfs://, s3a://) is checked by the lake reader, through the session's Hadoop configuration.
     */
    private static void requireLocalLake(ConfigNode root, String lake) {
        if (PipelineLocations.localFolder(lake).isEmpty()) {
            return;
        }
        try {
            LakeReader.requireLake(new HadoopFiles(new Configuration()), lake);
        } catch (LakeContractException e) {
            String todo = "; run ./ops extract --config " + root.file() + " first, or ";
            throw root.get("lake")
                    .map(node -> node.error(e.getMessage() + todo + "fix 'lake:'"))
                    .orElseGet(() -> new ConfigException(root.file() + ": no 'lake:', so the lake is " + lake + ": "
                            + e.getMessage() + todo + "set 'lake:'"));
        }
    }

    /**
     * One analysis at a time per marts folder: publishing a set removes every set but the current and
     * the previous one, so a concurrent analysis would lose the set it is still writing. A marts
     * location off the local disk cannot be locked here; runs there must not overlap.
     */
    private WorkspaceLock lockMarts(String marts) {
        try {
            return PipelineLocations.localFolder(marts)
                    .map(folder -> WorkspaceLock.acquire(
                            folder,
                            "analyze --config " + config.toAbsolutePath().normalize()))
                    .orElse(null);
        } catch (UncheckedIOException e) {
            // The lock file is the first thing written there: a folder that cannot hold it cannot hold marts.
            throw new MartsNotWritableException(marts, e.getCause());
        }
    }

    private int analyze(AnalyticsConfig settings) {
        SparkSession spark = SparkSessions.create(
                Optional.ofNullable(master).or(settings::master), settings.shufflePartitions(), System.err);
        try {
            System.err.println("analyze: Spark " + spark.version() + " on "
                    + spark.sparkContext().master());
            Summary summary = new AnalysisRun(spark, settings, System.err).run();
            spec.commandLine().getOut().print(AnalysisSummaryTable.format(summary));
            spec.commandLine().getOut().print(lowestCells(spark, summary));
            spec.commandLine().getOut().flush();
            summary.lakeWarning().ifPresent(warning -> System.err.println("analyze: warning: " + warning));
            return summary.lakeWarning().isPresent() ? AnalyticsMain.PARTIAL : 0;
        } finally {
            spark.stop();
        }
    }

    /** The closing table, read back from the published org_quarter_metrics of the latest quarter. */
    private static String lowestCells(SparkSession spark, Summary summary) {
        Quarter latest = summary.quarters().get(summary.quarters().size() - 1);
        return summary.published(Mart.ORG_QUARTER_METRICS)
                .map(published -> LowestResponsibility.format(
                        latest,
                        LowestResponsibility.of(
                                spark.read().parquet(published.dataset()), latest, LowestResponsibility.SHOWN)))
                .orElse("");
    }

    static final class QuarterConverter implements picocli.CommandLine.ITypeConverter<Quarter> {
        @Override
        public Quarter convert(String value) {
            return Quarter.parse(value);
        }
    }
}

package vn.kyluat.analytics;

import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import vn.kyluat.analytics.config.AnalyticsConfig;
import vn.kyluat.analytics.config.QuartersToCompute;
import vn.kyluat.analytics.lake.HadoopFiles;
import vn.kyluat.analytics.lake.LakeReader;
import vn.kyluat.analytics.lake.LakeTables;
import vn.kyluat.analytics.lake.LakeTimeSpan;
import vn.kyluat.analytics.lake.LatestRun;
import vn.kyluat.analytics.marts.FaultPoint;
import vn.kyluat.analytics.marts.MartPublisher;
import vn.kyluat.analytics.marts.MartPublisher.Published;
import vn.kyluat.analytics.marts.MartSet;
import vn.kyluat.analytics.quality.DataQualityMart;
import vn.kyluat.analytics.quality.RejectsMart;
import vn.kyluat.contract.Mart;
import vn.kyluat.contract.Quarter;
import vn.kyluat.contract.manifest.RunManifest;

/** One analysis: read the lake, compute the metrics, publish every mart and its CSV export as one set. */
public final class AnalysisRun {
    private final SparkSession spark;
    private final AnalyticsConfig config;
    private final PrintStream progress;

    public AnalysisRun(SparkSession spark, AnalyticsConfig config, PrintStream progress) {
        this.spark = spark;
        this.config = config;
        this.progress = progress;
    }

    /**
     * What was published, mart by mart, with the time each took, in which set; and a warning when the
     * lake's latest extraction run did not load every source.
     */
    public record Summary(
            List<Quarter> quarters,
            List<PublishedMart> marts,
            String set,
            Optional<String> lakeWarning,
            double seconds) {

        public Optional<Published> published(Mart mart) {
            return marts.stream()
                    .map(PublishedMart::published)
                    .filter(p -> p.mart() == mart)
                    .findFirst();
        }
    }

    public record PublishedMart(Published published, double seconds) {}

    /** Publishes every mart as one set; a failure leaves the published set current and removes the new one. */
    public Summary run() {
        long start = System.nanoTime();
        MartSet set = MartSet.begin(
                new HadoopFiles(spark.sparkContext().hadoopConfiguration()),
                config.locations().marts(),
                Instant.now());
        Summary summary;
        try {
            summary = compute(set, start);
        } catch (RuntimeException e) {
            try {
                set.discard();
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        // A failure from here on leaves at worst a set the next publication removes: never discard a published one.
        set.publish();
        progress.println("analyze: published set " + set.id() + " (" + set.pointer() + ")");
        return summary;
    }

    private Summary compute(MartSet set, long start) {
        progress.println("analyze: reading the lake at " + config.locations().lake());
        LakeReader reader = new LakeReader(spark, config.locations().lake());
        LakeTables lake = reader.tables();
        List<RunManifest> runs = reader.runs();
        progress.println("analyze: " + runs.size() + " extraction run(s) with a manifest");
        Optional<String> lakeWarning = LatestRun.warning(runs);
        lakeWarning.ifPresent(warning -> progress.println("analyze: warning: " + warning));

        List<Quarter> quarters = quarters(lake);
        progress.println("analyze: quarters " + quarters.get(0) + " to " + quarters.get(quarters.size() - 1));
        MetricsMarts metrics = MetricsPipeline.compute(lake, config.settings(quarters));

        Map<Mart, Dataset<Row>> marts = new LinkedHashMap<>();
        marts.put(Mart.ORG_QUARTER_METRICS, metrics.orgQuarterMetrics());
        marts.put(Mart.TASK_QUARTER_FACTS, metrics.taskQuarterFacts());
        marts.put(Mart.OVERLAPPING_ASSIGNMENTS, metrics.overlappingAssignments());
        marts.put(Mart.TASKS_WITHOUT_LEAD, metrics.tasksWithoutLead());
        marts.put(Mart.AT_RISK_TASKS, metrics.atRiskTasks());
        marts.put(Mart.BOUNCED_HANDOFFS, metrics.bouncedHandoffs());
        marts.put(Mart.WITHIN_AUTHORITY_ESCALATIONS, metrics.withinAuthorityEscalations());
        marts.put(Mart.OPEN_OVERDUE_FINDINGS, metrics.openOverdueFindings());
        marts.put(Mart.ORG_TREE, metrics.orgTree());
        marts.put(Mart.DISCIPLINE_BY_KIND, metrics.disciplineByKind());
        marts.put(Mart.PERSON_QUARTER_METRICS, metrics.personQuarterMetrics());
        marts.put(Mart.DATA_QUALITY, DataQualityMart.of(spark, runs));
        Set<String> runIds = runs.stream().map(RunManifest::runId).collect(Collectors.toSet());
        marts.put(Mart.REJECTS, RejectsMart.of(reader.rejects(runIds), runs));

        progress.println("analyze: writing the new set of marts in " + set.dir());
        MartPublisher publisher = new MartPublisher(spark, set.dir());
        List<PublishedMart> published = new ArrayList<>();
        for (Map.Entry<Mart, Dataset<Row>> mart : marts.entrySet()) {
            progress.println("analyze: computing and writing " + mart.getKey().martName() + " ...");
            long martStart = System.nanoTime();
            spark.sparkContext().setJobDescription("publish " + mart.getKey().martName());
            Published result = publisher.publish(
                    mart.getKey(), mart.getValue(), !config.csvSkipped().contains(mart.getKey()));
            double seconds = secondsSince(martStart);
            progress.printf("analyze: %s: %,d rows in %.1f s%n", mart.getKey().martName(), result.rows(), seconds);
            published.add(new PublishedMart(result, seconds));
            if (published.size() == 1) {
                FaultPoint.reach(FaultPoint.AFTER_FIRST_MART);
            }
        }
        spark.sparkContext().setJobDescription(null);
        return new Summary(quarters, published, set.id(), lakeWarning, secondsSince(start));
    }

    private List<Quarter> quarters(LakeTables lake) {
        if (config.from().isPresent() && config.to().isPresent()) {
            return QuartersToCompute.resolve(config.from(), config.to(), Optional.empty(), Optional.empty());
        }
        LakeTimeSpan span = LakeTimeSpan.of(lake, spark.sparkContext().hadoopConfiguration());
        return QuartersToCompute.resolve(config.from(), config.to(), span.earliestAssignment(), span.newestFact());
    }

    private static double secondsSince(long nanos) {
        return (System.nanoTime() - nanos) / 1e9;
    }
}

package vn.kyluat.bench.extract;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.kyluat.bench.PostgresServerOption;
import vn.kyluat.contract.Relation;
import vn.kyluat.contract.manifest.RelationReport;
import vn.kyluat.contract.manifest.RunManifest;
import vn.kyluat.etl.ProgressReporter;
import vn.kyluat.etl.config.ExtractConfig;
import vn.kyluat.etl.config.ExtractConfigReader;
import vn.kyluat.etl.config.ExtractTuning;
import vn.kyluat.etl.job.ExtractLauncher;
import vn.kyluat.etl.job.ExtractProgress;
import vn.kyluat.etl.lake.PartFiles;
import vn.kyluat.sample.PostgresServer;
import vn.kyluat.sample.ProvincePlanner;
import vn.kyluat.sample.ProvinceSize;
import vn.kyluat.sample.SampleProvinceGenerator;
import vn.kyluat.sample.UnitTargets;

/**
 * {@code ops bench extract}: generates a large sample province in PostgreSQL, extracts it with the
 * real job, and sets the extraction's rows per second for tasks and events beside PostgreSQL's own
 * {@code COPY ... TO STDOUT} of the same rows, measured in the same run.
 */
@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        description = {
            "Benchmark of the extraction. Generates a sample province in PostgreSQL",
            "(databases kyluat_bench_*), runs the extraction job on its database units",
            "(one step at a time) and prints rows/s for task and task_event beside",
            "PostgreSQL's COPY (SELECT ... ORDER BY <extraction order>) TO STDOUT of the",
            "same rows (text, like psql; the faster of a run before and one after the",
            "extraction), the ratio, and the peak heap. Then it times incremental runs",
            "of the unchanged province without and with the key census of deleted rows.",
            "Targets: ratio >= 0.5 with a heap of at most 512 MiB; the census adds at most",
            "10 %% to the run's wall clock (fastest of 4 runs each).",
        },
        footer = {
            "",
            "Exit codes: 0 every target met, 3 measured but a target missed, 1 failed, 2 usage error.",
            "Example: ./ops bench extract --tasks 200000 --keep"
        })
public final class BenchExtractCommand implements Callable<Integer> {
    static final String DATABASE_PREFIX = "kyluat_bench_";
    static final long HEAP_TARGET_BYTES = 512L << 20;
    private static final List<Relation> MEASURED = List.of(Relation.TASK, Relation.TASK_EVENT);

    @Spec
    CommandSpec spec;

    @Mixin
    PostgresServerOption postgres;

    @Option(
            names = "--tasks",
            paramLabel = "N",
            defaultValue = "1450000",
            description = "Tasks to generate; the default gives the database units over 1M tasks and 5M events "
                    + "(a tenth go to the CSV unit, which is not measured) (default: ${DEFAULT-VALUE}).")
    long tasks;

    @Option(
            names = "--chunk-size",
            paramLabel = "ROWS",
            description = "The extraction's chunk_size (default: the extraction's own, ${DEFAULT-VALUE}).")
    int chunkSize = ExtractTuning.DEFAULT.chunkSize();

    @Option(
            names = "--db-prefix",
            paramLabel = "P",
            defaultValue = DATABASE_PREFIX,
            description = "Names of the generated databases: <P>registry, <P>unit_a ... (default: ${DEFAULT-VALUE}).")
    String databasePrefix;

    @Option(names = "--keep", description = "Keep the databases and the workspace (lake, configuration) afterwards.")
    boolean keep;

    @Option(names = "--skip-generate", description = "Reuse the databases of an earlier run with --keep.")
    boolean skipGenerate;

    @Override
    public Integer call() throws Exception {
        PostgresServer server;
        ProvinceSize size;
        try {
            server = postgres.server();
            size = new ProvinceSize(46, 50, 300, 8, tasks, 2);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintStream out = System.out;
        PrintStream err = System.err;
        Path workspace = Files.createTempDirectory("kyluat-bench-extract-");
        UnitTargets targets = new UnitTargets(workspace, server, databasePrefix);
        try {
            if (skipGenerate) {
                requireDatabases(server, targets);
            } else {
                SampleProvinceGenerator.generate(size, workspace, targets, 2, err);
            }
            ExtractConfig config = ExtractConfigReader.read(writeConfig(server, targets, workspace, chunkSize));
            err.println("bench: COPY of the same rows, before the extraction");
            List<CopyBaseline.Timing> before = copies(server, targets);
            err.println("bench: extracting");
            ExtractLauncher.Outcome outcome;
            HeapPeak.Figures heap;
            ExtractProgress progress = new ExtractProgress();
            try (HeapPeak peak = HeapPeak.start();
                    ProgressReporter reporter = ProgressReporter.start(progress, 5, err)) {
                outcome = new ExtractLauncher(config, progress, List.of()).start();
                heap = peak.figures();
            }
            if (outcome.manifest() == null
                    || !RunManifest.COMPLETED.equals(outcome.manifest().status())) {
                err.println("bench: the extraction did not complete: "
                        + (outcome.manifest() == null
                                ? outcome.failure()
                                : outcome.manifest().status()));
                return 1;
            }
            err.println("bench: COPY of the same rows, after the extraction");
            List<CopyBaseline.Timing> after = copies(server, targets);
            List<Throughput> figures = throughputs(outcome.manifest(), before, after);
            out.print(Throughput.table(figures));
            boolean heapMet = heap.usedBytes() <= HEAP_TARGET_BYTES;
            out.printf(
                    Locale.ROOT,
                    "heap: peak used %,d MiB (live after GC %,d MiB), -Xmx %,d MiB; target <= 512 MiB: %s%n",
                    heap.usedBytes() >> 20,
                    heap.liveBytes() >> 20,
                    heap.maxBytes() >> 20,
                    heapMet ? "PASS" : "FAIL");
            out.printf(
                    Locale.ROOT,
                    "machine: %d cores, load average %.1f; the extraction ran one step at a time, as COPY does%n",
                    Runtime.getRuntime().availableProcessors(),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                            .getSystemLoadAverage());
            err.println("bench: incremental runs of the unchanged province, without and with the key census");
            CensusCost census = CensusCost.measure(config, err);
            out.print(census.lines());
            out.printf(
                    Locale.ROOT,
                    "machine after the incremental runs: load average %.1f%n",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                            .getSystemLoadAverage());
            if (keep) {
                out.println("workspace: " + workspace + " (databases " + databasePrefix + "* kept)");
            }
            return heapMet && census.meetsTarget() && figures.stream().allMatch(Throughput::meetsTarget) ? 0 : 3;
        } finally {
            if (!keep) {
                for (String unit : ProvincePlanner.databaseUnitIds()) {
                    server.drop(targets.databaseName(unit));
                }
                PartFiles.deleteTree(workspace);
            }
        }
    }

    private void requireDatabases(PostgresServer server, UnitTargets targets) {
        for (String unit : ProvincePlanner.databaseUnitIds()) {
            try (Connection connection = server.connect(targets.databaseName(unit))) {
                connection.isValid(5);
            } catch (SQLException e) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(),
                        "--skip-generate: database " + targets.databaseName(unit)
                                + " is not there (run once with --keep first)");
            }
        }
    }

    /** The database units as postgres sources, loaded one step at a time so each step is timed alone, as COPY is. */
    private static Path writeConfig(PostgresServer server, UnitTargets targets, Path workspace, int chunkSize)
            throws IOException {
        StringBuilder yaml = new StringBuilder("""
        # Written by ops bench extract.
        lake: lake
        extract:
          parallelism: 1
          chunk_size: %d
        sources:
        """.formatted(chunkSize));
        for (String unit : ProvincePlanner.databaseUnitIds()) {
            yaml.append("  - id: ").append(unit).append("\n    type: postgres\n");
            if (unit.equals(ProvincePlanner.databaseUnitIds().get(0))) {
                yaml.append("    registry: true\n");
            }
            yaml.append("    url: '")
                    .append(server.url(targets.databaseName(unit)))
                    .append("'\n    user: ")
                    .append(server.user())
                    .append('\n');
            if (server.password() != null) {
                yaml.append("    password_env: PGPASSWORD\n");
            }
        }
        Path file = workspace.resolve("bench-pipeline.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return file;
    }

    /** COPY of each measured relation, summed over the database units, in {@link #MEASURED} order. */
    private static List<CopyBaseline.Timing> copies(PostgresServer server, UnitTargets targets) throws SQLException {
        List<CopyBaseline.Timing> timings = new ArrayList<>();
        for (Relation relation : MEASURED) {
            long rows = 0;
            double seconds = 0;
            for (String unit : ProvincePlanner.databaseUnitIds()) {
                try (Connection connection = server.connect(targets.databaseName(unit))) {
                    CopyBaseline.Timing timing = CopyBaseline.copy(connection, relation);
                    rows += timing.rows();
                    seconds += timing.seconds();
                }
            }
            timings.add(new CopyBaseline.Timing(rows, seconds));
        }
        return timings;
    }

    private static List<Throughput> throughputs(
            RunManifest manifest, List<CopyBaseline.Timing> before, List<CopyBaseline.Timing> after) {
        List<Throughput> figures = new ArrayList<>();
        for (int i = 0; i < MEASURED.size(); i++) {
            String relation = MEASURED.get(i).tableName();
            List<RelationReport> reports = manifest.sources().stream()
                    .flatMap(s -> s.relations().stream())
                    .filter(r -> r.relation().equals(relation))
                    .toList();
            CopyBaseline.Timing copy = before.get(i).seconds() <= after.get(i).seconds() ? before.get(i) : after.get(i);
            figures.add(new Throughput(
                    relation,
                    reports.stream().mapToLong(RelationReport::read).sum(),
                    reports.stream().mapToDouble(RelationReport::seconds).sum(),
                    copy.rows(),
                    copy.seconds()));
        }
        return figures;
    }
}

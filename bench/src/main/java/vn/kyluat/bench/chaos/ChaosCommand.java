package vn.kyluat.bench.chaos;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.kyluat.bench.PostgresServerOption;
import vn.kyluat.etl.ExitCodes;
import vn.kyluat.sample.GenerateCommand;
import vn.kyluat.sample.PostgresServer;

/** {@code ops chaos}: the fault harness of the integration tests, at scale, by hand. */
@Command(
        name = "chaos",
        mixinStandardHelpOptions = true,
        description = {
            "Generates a province into PostgreSQL, extracts it once uninterrupted, then",
            "again with random SIGKILLs and restarts (half of them with the source changed",
            "between kill and restart), and compares the lakes row for row.",
            "",
            "Then kills ops analyze --analyze-kills times on the uninterrupted lake, reruns",
            "it, and compares its CSV exports. Runs from any folder.",
            "",
            "Example: ./ops chaos --tasks 300000 --kills 10 --analyze-kills 5"
        },
        footer = {
            "",
            "Prints kills, restarts, source changes, rows compared and rows lost.",
            "Exit codes: 0 no row lost or added, 1 a difference or a failed run, 2 usage error."
        })
public final class ChaosCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** Set by {@code ops} to its own path: the script that runs each analysis the harness kills. */
    static final String OPS_SCRIPT_PROPERTY = "kyluat.ops";

    @Mixin
    PostgresServerOption postgres;

    @Option(
            names = "--workspace",
            paramLabel = "DIR",
            defaultValue = "workspace/chaos",
            description = "Where the units, lakes and logs go; replaced (default: ${DEFAULT-VALUE}).")
    Path workspace;

    @Option(
            names = "--tasks",
            paramLabel = "N",
            defaultValue = "300000",
            description = "Tasks in the province (default: ${DEFAULT-VALUE}).")
    long tasks;

    @Option(
            names = "--kills",
            paramLabel = "N",
            defaultValue = "10",
            description = "SIGKILLs of the extraction, over both phases (default: ${DEFAULT-VALUE}).")
    int kills;

    @Option(
            names = "--analyze-kills",
            paramLabel = "N",
            defaultValue = "5",
            description =
                    "SIGKILLs of ops analyze on the uninterrupted lake, then a rerun; its CSV exports compared with an uninterrupted"
                            + " analysis's (default: ${DEFAULT-VALUE}; 0: none).")
    int analyzeKills;

    @Option(
            names = "--chunk-size",
            paramLabel = "ROWS",
            defaultValue = "5000",
            description = "Rows per chunk: smaller gives more kill points (default: ${DEFAULT-VALUE}).")
    int chunkSize;

    @Option(
            names = "--seed",
            paramLabel = "N",
            defaultValue = "13",
            description = "Seed of the province and of the kill points (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--launch-timeout",
            paramLabel = "MINUTES",
            defaultValue = "30",
            description =
                    "Minutes one extract or analyze launch may take; one that takes longer is killed, its threads dumped beside its"
                            + " log, and the harness fails saying where they were (default: ${DEFAULT-VALUE}).")
    long launchTimeoutMinutes;

    @Option(
            names = "--db-prefix",
            paramLabel = "PREFIX",
            description =
                    "Prefix of the generated databases' names, to tell them from others on a shared server (default: chaos_ and a random"
                            + " number).")
    String dbPrefix;

    @Option(names = "--keep-databases", description = "Keep the generated databases (dropped by default).")
    boolean keepDatabases;

    @Override
    public Integer call() throws Exception {
        if (kills < 2 || chunkSize < 1 || tasks < 1000 || launchTimeoutMinutes < 1) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--kills must be at least 2, --tasks at least 1000, --chunk-size and --launch-timeout at least 1");
        }
        Duration launchLimit = Duration.ofMinutes(launchTimeoutMinutes);
        Path ops = analyzeKills > 0 ? opsScript() : null;
        PostgresServer server = postgres.server();
        String prefix =
                dbPrefix != null ? dbPrefix : "chaos_" + Integer.toHexString(new Random().nextInt(1 << 24)) + "_";
        try {
            int generated = new CommandLine(new GenerateCommand())
                    .execute(
                            "--workspace",
                            workspace.toString(),
                            "--pg-url",
                            postgres.url(),
                            "--db-prefix",
                            prefix,
                            "--tasks",
                            Long.toString(tasks),
                            "--seed",
                            Long.toString(seed));
            if (generated != 0) {
                return ExitCodes.FAILURE;
            }
            List<SourceChanges> units = List.of("unit_a", "unit_b", "unit_c").stream()
                    .map(u -> new SourceChanges(server.url(prefix + u), server.user()))
                    .toList();
            ChaosHarness harness = new ChaosHarness(
                    workspace.toAbsolutePath(),
                    workspace.resolve("pipeline.yaml").toAbsolutePath(),
                    units,
                    chunkSize,
                    launchLimit,
                    seed,
                    System.out);
            ChaosHarness.Report report = harness.run(kills);
            System.out.printf(
                    "extract: kills %d, restarts %d, source changes %d, rows compared %,d, rows lost %,d, rows extra %,d%n",
                    report.kills(),
                    report.restarts(),
                    report.sourceChanges(),
                    report.rowsCompared(),
                    report.rowsLost(),
                    report.rowsExtra());
            boolean same = report.rowsLost() == 0 && report.rowsExtra() == 0;
            if (analyzeKills > 0) {
                AnalyzeKills.Result analysis = new AnalyzeKills(
                                ops, workspace.toAbsolutePath(), launchLimit, seed, System.out)
                        .run(
                                harness.config("analyze-reference", "reference", "reference"),
                                harness.config("analyze-killed", "reference", "killed"),
                                analyzeKills);
                System.out.printf(
                        "analyze: kills %d, reruns %d, CSV exports compared %d, differing %d %s%n",
                        analysis.kills(),
                        analysis.reruns(),
                        analysis.filesCompared(),
                        analysis.filesDiffering().size(),
                        analysis.filesDiffering());
                same &= analysis.filesDiffering().isEmpty();
            }
            return same ? ExitCodes.OK : ExitCodes.FAILURE;
        } finally {
            if (!keepDatabases) {
                drop(server, prefix);
            }
        }
    }

    /**
     * The ops script that started this JVM, told before any work: the analyses the harness kills are
     * {@code ops analyze} processes, and the caller's folder need not be the project's.
     */
    private Path opsScript() {
        String ops = System.getProperty(OPS_SCRIPT_PROPERTY);
        if (ops == null || !Files.isExecutable(Path.of(ops))) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--analyze-kills runs ops analyze, but this JVM was not started by ops (-D" + OPS_SCRIPT_PROPERTY
                            + " is " + (ops == null ? "not set" : "not an executable file: " + ops)
                            + "): run ./ops chaos, or give --analyze-kills 0");
        }
        return Path.of(ops);
    }

    private static void drop(PostgresServer server, String prefix) {
        for (String unit : List.of("registry", "unit_a", "unit_b", "unit_c")) {
            try {
                server.drop(prefix + unit);
            } catch (SQLException e) {
                System.err.println("chaos: could not drop " + prefix + unit + ": " + e.getMessage());
            }
        }
    }
}

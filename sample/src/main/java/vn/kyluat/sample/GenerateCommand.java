package vn.kyluat.sample;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.kyluat.etl.CommandLines;

/**
 * {@code ops generate}: writes the unit systems of a believable sample province. A tool for demonstrations,
 * tests and benchmarks, not part of the pipeline: its own module and main, on etl's classpath (it writes the
 * lake with etl's writer for {@code --lake-only}).
 */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = {
            "Writes the unit systems of a sample province, deterministic for a seed: an organisation registry,",
            "three task systems (embedded H2 files, or PostgreSQL databases with --pg-url) and one unit that only",
            "delivers CSV exports, with known bad records planted in each; then DIR/pipeline.yaml listing them",
            "and DIR/units/expected.json with what a correct pipeline must find.",
        },
        footer = {
            "",
            "Exit codes: 0 done, 1 failed, 2 usage error.",
            "Example: ./ops generate --workspace workspace --seed 7"
        })
public final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--workspace",
            paramLabel = "DIR",
            defaultValue = "workspace",
            description = "Where units/ and pipeline.yaml go (default: ${DEFAULT-VALUE}).")
    Path workspace;

    @Option(
            names = "--seed",
            defaultValue = "46",
            description = "Same seed and flags, same data (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--grassroots",
            defaultValue = "50",
            description = "Grassroots organisations (default: ${DEFAULT-VALUE}).")
    int grassroots;

    @Option(
            names = "--cells",
            defaultValue = "300",
            description = "Party cells, spread over them (default: ${DEFAULT-VALUE}).")
    int cells;

    @Option(
            names = "--quarters",
            defaultValue = "8",
            description = "Quarters ending 2025Q4; tasks keep arriving until 2026-01-10 (default: ${DEFAULT-VALUE}).")
    int quarters;

    @Option(
            names = "--tasks",
            defaultValue = "80000",
            description =
                    "Tasks in all, 3-6 events each; streamed, so 10000000 runs in constant memory (default: ${DEFAULT-VALUE}).")
    long tasks;

    @Option(
            names = "--bad-per-rule",
            defaultValue = "2",
            description =
                    "Bad records planted per reject rule and source; 0 for clean data (default: ${DEFAULT-VALUE}).")
    int badPerRule;

    @Option(
            names = "--threads",
            defaultValue = "2",
            description =
                    "Units generated at the same time; the data does not depend on it (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(
            names = "--pg-url",
            paramLabel = "JDBC_URL",
            description = "Load the database units into PostgreSQL at this server instead of H2 files, e.g. "
                    + "jdbc:postgresql://127.0.0.1:5432/ (user PGUSER or postgres, password PGPASSWORD).")
    String pgUrl;

    @Option(
            names = "--db-prefix",
            defaultValue = "kyluat_",
            description =
                    "Name prefix of the PostgreSQL databases, dropped and re-created (default: ${DEFAULT-VALUE}).")
    String dbPrefix;

    @Option(
            names = "--lake-only",
            description = "Write the units straight into DIR/lake as extraction would publish them (a whole load, "
                    + "no unit systems, no bad records): a quick lake for benchmarks of analyze and report.")
    boolean lakeOnly;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line as {@code ops} runs it: a failure prints one line, not a stack trace. */
    public static CommandLine commandLine() {
        return CommandLines.oneLineFailures(new CommandLine(new GenerateCommand()), "kyluat sample");
    }

    @Override
    public Integer call() throws Exception {
        ProvinceSize size;
        UnitTargets targets;
        try {
            size = new ProvinceSize(seed, grassroots, cells, quarters, tasks, lakeOnly ? 0 : badPerRule);
            PostgresServer server = pgUrl == null ? null : PostgresServer.fromEnvironment(pgUrl);
            if (!dbPrefix.matches("[a-z_][a-z0-9_]*")) {
                throw new IllegalArgumentException("--db-prefix must be lower-case letters, digits and _");
            }
            targets = lakeOnly ? UnitTargets.lakeOnly(workspace) : new UnitTargets(workspace, server, dbPrefix);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Path root = workspace.toAbsolutePath().normalize();
        SampleProvinceGenerator.Result result =
                SampleProvinceGenerator.generate(size, root, targets, threads, System.err);
        System.out.print(GenerationSummaryTable.render(result));
        System.out.println("configuration: " + root.resolve(SampleProvinceGenerator.PIPELINE_FILE));
        System.out.println("known truth:   " + targets.unitsFolder().resolve(SampleProvinceGenerator.EXPECTED_FILE));
        return 0;
    }
}

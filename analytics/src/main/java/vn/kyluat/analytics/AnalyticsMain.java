package vn.kyluat.analytics;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import vn.kyluat.contract.ConfigException;
import vn.kyluat.contract.Mart;
import vn.kyluat.contract.WorkspaceLock;

/**
 * Entry point of the analytics stage, for {@code ./ops analyze} and for spark-submit alike.
 * Exit codes: 0 done, 3 done on a lake whose latest extraction run is PARTIAL or FAILED, 1 failed,
 * 2 wrong usage or configuration (a local lake that is not there and a marts location that cannot be
 * written included, both found before Spark starts).
 */
@Command(
        name = "kyluat-analytics",
        mixinStandardHelpOptions = true,
        version = "kyluat analytics, metrics definitions version " + Mart.METRICS_VERSION,
        description = "Computes the metrics marts from the Parquet lake with Spark.",
        subcommands = {AnalyzeCommand.class})
public final class AnalyticsMain {
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int PARTIAL = 3;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code. */
    public static int execute(String... args) {
        CommandLine commandLine = new CommandLine(new AnalyticsMain());
        // picocli gives --version to every command but the version only to the one that declares it.
        commandLine
                .getSubcommands()
                .values()
                .forEach(c ->
                        c.getCommandSpec().version(commandLine.getCommandSpec().version()));
        commandLine.setExecutionExceptionHandler((error, cmd, parsed) -> {
            PrintWriter err = cmd.getErr();
            if (error instanceof ConfigException) {
                err.println("configuration error: " + error.getMessage());
                return USAGE;
            }
            if (error instanceof WorkspaceLock.HeldException) {
                err.println("analyze: not started: " + error.getMessage());
                return FAILED;
            }
            err.println("analyze failed: " + describe(error));
            if (System.getenv("KYLUAT_DEBUG") != null) {
                error.printStackTrace(err);
            }
            return FAILED;
        });
        return commandLine.execute(args);
    }

    /** The error and its causes, one per line: enough to act on without a stack trace. */
    private static String describe(Throwable error) {
        StringBuilder text = new StringBuilder(String.valueOf(error.getMessage()));
        for (Throwable cause = error.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            text.append(System.lineSeparator()).append("  caused by: ").append(cause);
        }
        return text.toString();
    }
}

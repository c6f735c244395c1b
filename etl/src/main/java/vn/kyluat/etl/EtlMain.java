package vn.kyluat.etl;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import vn.kyluat.etl.source.DriverFolder;

/**
 * The etl stage's command line: {@code extract --config FILE} (and the commands other parts of the
 * stage add to {@link #SUBCOMMANDS}). The sample generator and the benchmarks are tools of their own
 * modules (sample/, bench/), not commands of the stage.
 */
@Command(
        name = "etl",
        mixinStandardHelpOptions = true,
        description = "Extraction stage of the kyluat pipeline: unit systems -> Parquet lake.")
public final class EtlMain implements Runnable {
    /** The stage's subcommands; add a command class here to expose it (picocli makes a fresh one per run). */
    static final List<Class<?>> SUBCOMMANDS = List.of(ExtractCommand.class);

    public static void main(String[] args) {
        try {
            DriverFolder.loadConfigured();
        } catch (RuntimeException e) {
            System.err.println(
                    "etl: " + e.getMessage() + " (remove it, or point " + DriverFolder.VARIABLE + " elsewhere)");
            System.exit(ExitCodes.USAGE);
        }
        System.exit(commandLine().execute(args));
    }

    /** The command line as {@code ops} runs it: a failure prints one line, not a stack trace. */
    public static CommandLine commandLine() {
        CommandLine line = new CommandLine(new EtlMain());
        SUBCOMMANDS.forEach(command -> line.addSubcommand(command));
        return CommandLines.oneLineFailures(line, "kyluat etl");
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                new CommandLine(this), "a command is needed, e.g. 'extract --config FILE'");
    }
}

package vn.kyluat.etl;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import vn.kyluat.etl.sample.GenerateCommand;
import vn.kyluat.etl.source.DriverFolder;

/**
 * The etl stage's command line: {@code extract --config FILE} (and the commands other parts of the
 * stage add to {@link #SUBCOMMANDS}).
 */
@Command(
        name = "etl",
        mixinStandardHelpOptions = true,
        description = "Extraction stage of the kyluat pipeline: unit systems -> Parquet lake.")
public final class EtlMain implements Runnable {
    /** The stage's subcommands; add a command class here to expose it (picocli makes a fresh one per run). */
    static final List<Class<?>> SUBCOMMANDS = List.of(GenerateCommand.class, ExtractCommand.class);

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
        String[] version = {"kyluat etl " + EtlVersion.get()};
        line.getCommandSpec().version(version);
        line.getSubcommands()
                .values()
                .forEach(command -> command.getCommandSpec().version(version));
        line.setExitCodeExceptionMapper(
                e -> e instanceof CommandLine.ParameterException ? ExitCodes.USAGE : ExitCodes.FAILURE);
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println(cmd.getCommandName() + " failed: " + e.getMessage());
            return ExitCodes.FAILURE;
        });
        return line;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                new CommandLine(this), "a command is needed, e.g. 'extract --config FILE'");
    }
}

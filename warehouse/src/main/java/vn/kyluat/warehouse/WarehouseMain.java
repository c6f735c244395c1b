package vn.kyluat.warehouse;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import vn.kyluat.contract.Mart;

/** The warehouse stage's command line: {@code load --config FILE}. */
@Command(
        name = "warehouse",
        mixinStandardHelpOptions = true,
        version = "kyluat warehouse, metrics definitions version " + Mart.METRICS_VERSION,
        description = "Warehouse stage of the kyluat pipeline: marts -> PostgreSQL tables a BI tool queries.")
public final class WarehouseMain implements Runnable {
    static final int OK = 0;
    static final int FAILURE = 1;
    static final int USAGE = 2;

    static final List<Class<?>> SUBCOMMANDS = List.of(LoadCommand.class);

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** A failure prints one line, not a stack trace. */
    public static CommandLine commandLine() {
        CommandLine line = new CommandLine(new WarehouseMain());
        SUBCOMMANDS.forEach(command -> line.addSubcommand(command));
        // picocli gives --version to every command but the version only to the one that declares it.
        line.getSubcommands()
                .values()
                .forEach(c -> c.getCommandSpec().version(line.getCommandSpec().version()));
        line.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : FAILURE);
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println(cmd.getCommandName() + " failed: " + e.getMessage());
            return FAILURE;
        });
        return line;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                new CommandLine(this), "a command is needed, e.g. 'load --config FILE'");
    }
}

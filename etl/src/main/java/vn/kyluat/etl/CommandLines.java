package vn.kyluat.etl;

import picocli.CommandLine;

/**
 * How the etl stage's command line and the tools built on etl (the sample generator, the benchmarks)
 * behave alike: they print the build's version, a usage error exits 2, and a failure prints one line, not a
 * stack trace, and exits 1.
 */
public final class CommandLines {
    private CommandLines() {}

    /** Configures {@code line} and the subcommands already added to it; {@code program} names it in {@code --version}. */
    public static CommandLine oneLineFailures(CommandLine line, String program) {
        String[] version = {program + " " + EtlVersion.get()};
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
}

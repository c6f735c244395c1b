package vn.kyluat.reports;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The reports stage: marts (CSV exports) in, PDF, XLSX, HTML, PNG and SVG out. No Spark. */
@Command(
        name = "reports",
        mixinStandardHelpOptions = true,
        version = "kyluat reports 0.1.0",
        description = "Renders the quarterly reports from the marts.",
        subcommands = {ReportCommand.class})
public final class ReportsMain implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: report");
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** Exit codes: 0 done, 1 failure (missing or malformed marts, config errors), 2 usage error. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new ReportsMain());
        // picocli gives --version to every command but the version only to the one that declares it.
        cli.getSubcommands()
                .values()
                .forEach(c -> c.getCommandSpec().version(cli.getCommandSpec().version()));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            String message = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
            commandLine.getErr().println("reports: " + message);
            return 1;
        });
        return cli;
    }
}

package vn.kyluat.bench;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import vn.kyluat.bench.analyze.BenchAnalyzeCommand;
import vn.kyluat.bench.chaos.ChaosCommand;
import vn.kyluat.bench.extract.BenchExtractCommand;
import vn.kyluat.bench.report.BenchReportCommand;
import vn.kyluat.bench.warehouse.BenchWarehouseCommand;
import vn.kyluat.etl.CommandLines;

/**
 * The tools that measure and break the stages, kept out of the stages' own jars: {@code ops bench
 * extract|analyze|report|warehouse} and {@code ops chaos}. Each runs the real stage in this JVM (or, for
 * the kills, in JVMs of its own); ops gives each the JVM flags of the stage it measures.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Benchmarks and the fault harness of the kyluat pipeline.")
public final class BenchMain implements Runnable {
    /** The subcommands; add a command class here to expose it (picocli makes a fresh one per run). */
    static final List<Class<?>> SUBCOMMANDS = List.of(
            BenchExtractCommand.class,
            BenchAnalyzeCommand.class,
            BenchReportCommand.class,
            BenchWarehouseCommand.class,
            ChaosCommand.class);

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** A failure prints one line, not a stack trace. */
    public static CommandLine commandLine() {
        CommandLine line = new CommandLine(new BenchMain());
        SUBCOMMANDS.forEach(command -> line.addSubcommand(command));
        return CommandLines.oneLineFailures(line, "kyluat bench");
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "a command is needed, e.g. 'extract --help'");
    }
}

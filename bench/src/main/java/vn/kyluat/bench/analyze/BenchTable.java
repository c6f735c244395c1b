package vn.kyluat.bench.analyze;

import java.util.List;

/** The benchmark's table: one line per size. */
final class BenchTable {
    private static final String FORMAT = "%12s  %9s  %11s  %10s  %10s  %7s  %6s  %10s  %s%n";

    private BenchTable() {}

    static String format(List<BenchAnalyzeCommand.Line> lines) {
        StringBuilder out = new StringBuilder(String.format(
                FORMAT,
                "tasks",
                "spark s",
                "peak heap",
                "peak RSS",
                "duckdb s",
                "ratio",
                "target",
                "mismatches",
                "result"));
        for (BenchAnalyzeCommand.Line line : lines) {
            out.append(String.format(
                    FORMAT,
                    String.format("%,d", line.tasks()),
                    String.format("%.1f", line.sparkSeconds()),
                    mib(line.peak().heapBytes()),
                    mib(line.peak().rssBytes()) + (line.peak().rssSinceStart() ? "*" : ""),
                    String.format("%.1f", line.duckSeconds()),
                    String.format("%.2f", line.ratio()),
                    line.targeted() ? String.format("%.1f", BenchAnalyzeCommand.TARGET_RATIO) : "-",
                    line.comparison().mismatches(),
                    result(line)));
        }
        return out.toString();
    }

    /** PASS or FAIL against the target; a size below the target's is only compared: "equal". */
    private static String result(BenchAnalyzeCommand.Line line) {
        if (!line.pass()) {
            return "FAIL";
        }
        return line.targeted() ? "PASS" : "equal";
    }

    private static String mib(long bytes) {
        return bytes < 0 ? "?" : String.format("%,d MiB", bytes >> 20);
    }
}

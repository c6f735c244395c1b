package vn.kyluat.bench.extract;

import java.util.List;
import java.util.Locale;

/**
 * One relation's figures: the rows the extraction read and its seconds, against the rows and
 * seconds of PostgreSQL's COPY of the same rows. The target is an extraction at least half as fast.
 */
record Throughput(String relation, long rows, double extractSeconds, long copyRows, double copySeconds) {
    static final double TARGET_RATIO = 0.5;
    private static final String ROW = "%-11s %10s %10s %10s %10s %12s %7s %7s  %s%n";

    double extractRate() {
        return rows / extractSeconds;
    }

    double copyRate() {
        return copyRows / copySeconds;
    }

    double ratio() {
        return extractRate() / copyRate();
    }

    boolean meetsTarget() {
        return ratio() >= TARGET_RATIO;
    }

    static String table(List<Throughput> relations) {
        StringBuilder table = new StringBuilder(String.format(
                Locale.ROOT,
                ROW,
                "relation",
                "rows",
                "extract s",
                "extract/s",
                "COPY s",
                "COPY rows/s",
                "ratio",
                "target",
                "result"));
        for (Throughput t : relations) {
            table.append(String.format(
                    Locale.ROOT,
                    ROW,
                    t.relation(),
                    String.format(Locale.ROOT, "%,d", t.rows()),
                    String.format(Locale.ROOT, "%.1f", t.extractSeconds()),
                    String.format(Locale.ROOT, "%,.0f", t.extractRate()),
                    String.format(Locale.ROOT, "%.1f", t.copySeconds()),
                    String.format(Locale.ROOT, "%,.0f", t.copyRate()),
                    String.format(Locale.ROOT, "%.2f", t.ratio()),
                    String.format(Locale.ROOT, "%.1f", TARGET_RATIO),
                    t.meetsTarget() ? "PASS" : "FAIL"));
        }
        return table.toString();
    }
}

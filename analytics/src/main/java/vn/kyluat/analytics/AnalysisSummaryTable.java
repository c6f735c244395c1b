package vn.kyluat.analytics;

import java.util.Locale;
import vn.kyluat.analytics.AnalysisRun.PublishedMart;
import vn.kyluat.analytics.AnalysisRun.Summary;

/** The table printed at the end of a run: rows, seconds and location of every mart. */
final class AnalysisSummaryTable {
    private AnalysisSummaryTable() {}

    static String format(Summary summary) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "Analysis of %s to %s done in %.1f s%n",
                summary.quarters().get(0),
                summary.quarters().get(summary.quarters().size() - 1),
                summary.seconds()));
        String row = "%-24s %12s %8s  %s%n";
        out.append(String.format(Locale.ROOT, row, "mart", "rows", "seconds", "parquet / csv"));
        for (PublishedMart mart : summary.marts()) {
            out.append(String.format(
                    Locale.ROOT,
                    row,
                    mart.published().mart().martName(),
                    String.format(Locale.ROOT, "%,d", mart.published().rows()),
                    String.format(Locale.ROOT, "%.1f", mart.seconds()),
                    mart.published().dataset()));
            out.append(String.format(
                    Locale.ROOT,
                    row,
                    "",
                    "",
                    "",
                    mart.published().csv() == null
                            ? "(no CSV: analytics.csv_skip)"
                            : mart.published().csv()));
        }
        out.append(String.format(Locale.ROOT, "Published together as set %s%n", summary.set()));
        summary.lakeWarning().ifPresent(w -> out.append(String.format(Locale.ROOT, "Warning: %s%n", w)));
        return out.toString();
    }
}

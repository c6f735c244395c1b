package vn.kyluat.etl;

import java.util.Locale;
import vn.kyluat.contract.manifest.RelationReport;
import vn.kyluat.contract.manifest.RunManifest;
import vn.kyluat.contract.manifest.SourceReport;

/** The table printed at the end of a run: one line per source and relation. */
final class ExtractionSummaryTable {
    private static final String ROW = "%-16s %-19s %-11s %10s %10s %9s %8s %8s  %s%n";

    private ExtractionSummaryTable() {}

    static String format(RunManifest manifest) {
        StringBuilder table = new StringBuilder();
        table.append(String.format(
                Locale.ROOT,
                ROW,
                "source",
                "relation",
                "mode",
                "read",
                "accepted",
                "rejected",
                "deleted",
                "seconds",
                "status"));
        for (SourceReport source : manifest.sources()) {
            if (source.relations().isEmpty()) {
                table.append(String.format(
                        Locale.ROOT, ROW, source.sourceId(), "-", "-", "", "", "", "", "", source.status()));
            }
            for (RelationReport r : source.relations()) {
                table.append(String.format(
                        Locale.ROOT,
                        ROW,
                        source.sourceId(),
                        r.relation(),
                        r.mode(),
                        r.read(),
                        r.accepted(),
                        r.rejected(),
                        r.deleted(),
                        String.format(Locale.ROOT, "%.1f", r.seconds()),
                        r.status()));
            }
        }
        return table.toString();
    }
}

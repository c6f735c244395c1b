package vn.kyluat.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.kyluat.contract.Relation;

/** The table printed at the end: one line per unit and relation, with the bad records planted in it. */
final class GenerationSummaryTable {
    private GenerationSummaryTable() {}

    static String render(SampleProvinceGenerator.Result result) {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"unit", "relation", "rows", "planted bad", "where"});
        ExpectedTruth truth = result.truth();
        for (Map.Entry<String, Set<Relation>> source : truth.relationsBySource().entrySet()) {
            for (Relation relation : source.getValue()) {
                lines.add(new String[] {
                    source.getKey(),
                    relation.tableName(),
                    String.format("%,d", truth.rows(source.getKey(), relation)),
                    String.format("%,d", truth.rejected(source.getKey(), relation)),
                    result.locations().get(source.getKey())
                });
            }
        }
        int[] widths = new int[5];
        for (String[] line : lines) {
            for (int i = 0; i < line.length; i++) {
                widths[i] = Math.max(widths[i], line[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (int n = 0; n < lines.size(); n++) {
            String[] line = lines.get(n);
            out.append(String.format(
                    "%-" + widths[0] + "s  %-" + widths[1] + "s  %" + widths[2] + "s  %" + widths[3] + "s  %s%n",
                    (Object[]) line));
            if (n == 0) {
                out.append("-".repeat(widths[0] + widths[1] + widths[2] + widths[3] + widths[4] + 8))
                        .append('\n');
            }
        }
        out.append(String.format(
                "%,d rows in %.1f s (%,.0f rows/s)%n",
                result.rows(), result.seconds(), result.rows() / Math.max(result.seconds(), 1e-9)));
        return out.toString();
    }
}

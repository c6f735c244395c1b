package vn.kyluat.analytics;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.kyluat.contract.Mart;
import vn.kyluat.contract.Metric;
import vn.kyluat.contract.Quarter;

/**
 * The table that closes {@code analyze}'s summary: the party cells with the lowest responsibility
 * index in a quarter (subtree rows, where the index lives; cells without an index left out), with
 * the figures that explain it.
 */
public final class LowestResponsibility {
    public static final int SHOWN = 10;
    private static final String PARTY_CELL = "party_cell";
    /** The org_name of the cell's parent, beside the cell's own. */
    private static final String PARENT_NAME = "parent_name";

    private static final int NAME_WIDTH = 32;

    private LowestResponsibility() {}

    public record Cell(
            String code,
            String name,
            String grassrootsOrg,
            double index,
            Double onTimeRate,
            Double bounceRate,
            long backlogOver180) {}

    /** The {@code limit} cells of {@code quarter} with the lowest index, lowest first (ties by code). */
    public static List<Cell> of(Dataset<Row> orgQuarterMetrics, Quarter quarter, int limit) {
        Dataset<Row> rows = orgQuarterMetrics.filter(col(Mart.QUARTER)
                .equalTo(quarter.toString())
                .and(col(Mart.SCOPE).equalTo(Mart.SCOPE_SUBTREE)));
        Dataset<Row> parentNames = rows.select(
                col(Mart.ORG_CODE).as(Mart.PARENT_CODE), col(Mart.ORG_NAME).as(PARENT_NAME));
        return rows
                .filter(col(Mart.ORG_KIND)
                        .equalTo(PARTY_CELL)
                        .and(col(Metric.RESPONSIBILITY_INDEX.column()).isNotNull()))
                .orderBy(col(Metric.RESPONSIBILITY_INDEX.column()), col(Mart.ORG_CODE))
                .limit(limit)
                .join(parentNames, new String[] {Mart.PARENT_CODE}, "left")
                .orderBy(col(Metric.RESPONSIBILITY_INDEX.column()), col(Mart.ORG_CODE))
                .collectAsList()
                .stream()
                .map(LowestResponsibility::cell)
                .toList();
    }

    private static Cell cell(Row row) {
        String parentName = row.getAs(PARENT_NAME);
        return new Cell(
                row.getAs(Mart.ORG_CODE),
                row.getAs(Mart.ORG_NAME),
                parentName == null ? row.getAs(Mart.PARENT_CODE) : parentName,
                row.<Number>getAs(Metric.RESPONSIBILITY_INDEX.column()).doubleValue(),
                row.getAs(Metric.ON_TIME_RATE.column()),
                row.getAs(Metric.BOUNCE_RATE.column()),
                row.<Number>getAs(Metric.BACKLOG_OVER_180.column()).longValue());
    }

    /** A fixed-width table; rates in percent, a dash for a rate with nothing to divide by. */
    public static String format(Quarter quarter, List<Cell> cells) {
        StringBuilder out = new StringBuilder(
                String.format(Locale.ROOT, "%nParty cells with the lowest responsibility index, %s%n", quarter));
        if (cells.isEmpty()) {
            return out.append("(no party cell has an index this quarter)")
                    .append(System.lineSeparator())
                    .toString();
        }
        String row = "%-12s %-" + NAME_WIDTH + "s %-" + NAME_WIDTH + "s %6s %8s %7s %12s%n";
        out.append(String.format(
                Locale.ROOT, row, "cell", "name", "grassroots org", "index", "on time", "bounce", "backlog>180d"));
        for (Cell cell : cells) {
            out.append(String.format(
                    Locale.ROOT,
                    row,
                    cell.code(),
                    clip(cell.name()),
                    clip(cell.grassrootsOrg()),
                    String.format(Locale.ROOT, "%.1f", cell.index()),
                    percent(cell.onTimeRate()),
                    percent(cell.bounceRate()),
                    cell.backlogOver180()));
        }
        return out.toString();
    }

    private static String clip(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= NAME_WIDTH ? text : text.substring(0, NAME_WIDTH - 1) + "…";
    }

    private static String percent(Double rate) {
        return rate == null ? "–" : String.format(Locale.ROOT, "%.1f%%", 100 * rate);
    }
}

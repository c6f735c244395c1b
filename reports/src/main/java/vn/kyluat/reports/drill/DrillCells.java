package vn.kyluat.reports.drill;

import java.time.LocalDate;
import java.util.stream.Collectors;
import vn.kyluat.contract.HandoffHistory;
import vn.kyluat.contract.Mart;
import vn.kyluat.contract.Metric;
import vn.kyluat.contract.Zone;
import vn.kyluat.reports.marts.MartRow;
import vn.kyluat.reports.marts.MartTimes;
import vn.kyluat.reports.model.ReportContext;
import vn.kyluat.reports.text.Formats;

/** The cells of the drill-down lists in the report's language, typed for the workbook and as text for print. */
public final class DrillCells {
    private final ReportContext context;

    public DrillCells(ReportContext context) {
        this.context = context;
    }

    /** A list's heading. */
    public String title(DrillList list) {
        return context.m("dashboard.list." + list.id());
    }

    public String header(DrillColumn column) {
        return context.m("dashboard.col." + column.column());
    }

    /**
     * The value a cell holds: a {@link LocalDate} for dates (an instant as its local date), a
     * {@link Long} for counts, codes translated, text as the mart has it; null when empty.
     */
    public Object value(DrillColumn column, MartRow row) {
        String raw = row.get(column.column());
        if (raw == null) {
            return null;
        }
        return switch (column.kind()) {
            case TEXT, UNIT -> raw;
            case DATE -> MartTimes.date(raw);
            case DAY -> Zone.localDate(MartTimes.instant(raw));
            case COUNT -> Long.parseLong(raw);
            case PRIORITY -> context.term("priority", raw);
            case OUTCOME -> context.term("dashboard.outcome", raw);
            case SEVERITY -> context.term("severity", raw);
            case FIGURE -> Metric.fromColumn(raw).label(context.lang());
            case HANDOFFS -> handoffs(raw);
        };
    }

    /** "12/03/2025 G001-C03→G001-C07; 02/04/2025 G001-C07→G001-C03 (trả lại)": the mart's history, read back. */
    private String handoffs(String history) {
        return handoffs(history, " ", HandoffHistory.SEPARATOR);
    }

    /**
     * Each hand-off's date, {@code beforeRoute}, its units and whether it was a return, the hand-offs joined by
     * {@code between}.
     */
    private String handoffs(String history, String beforeRoute, String between) {
        return HandoffHistory.parse(history).stream()
                .map(h -> context.formats().date(h.day())
                        + beforeRoute
                        + (h.fromOrg() == null ? "" : h.fromOrg())
                        + HandoffHistory.ARROW
                        + h.toOrg()
                        + (h.returned() ? " (" + context.m("drill.handoffReturned") + ")" : ""))
                .collect(Collectors.joining(between));
    }

    /**
     * The value as printed in a narrow column: as {@link #text}, but a hand-off history one line per date and
     * one per route, so a line never breaks inside a unit's code.
     */
    public String printed(DrillColumn column, MartRow row) {
        String raw = row.get(column.column());
        return column.kind() == DrillColumn.Kind.HANDOFFS && raw != null
                ? handoffs(raw, "\n", "\n")
                : text(column, row);
    }

    /** The footnote of a unit that absorbed a dissolved one: an org_tree row whose counted_under_code is not itself. */
    public String absorbed(MartRow absorbed) {
        String validTo = absorbed.get(Mart.VALID_TO);
        return context.m(
                "drill.absorbed",
                absorbed.get(Mart.COUNTED_UNDER_CODE),
                absorbed.get(Mart.ORG_CODE),
                absorbed.get(Mart.ORG_NAME),
                validTo == null ? Formats.NONE : context.formats().date(MartTimes.date(validTo)));
    }

    /** The value as the report prints it: dates dd/MM/yyyy, counts grouped, a dash for none. */
    public String text(DrillColumn column, MartRow row) {
        Object value = value(column, row);
        if (value == null) {
            return Formats.NONE;
        }
        if (value instanceof LocalDate date) {
            return context.formats().date(date);
        }
        return value instanceof Long count ? context.formats().integer(count) : value.toString();
    }
}

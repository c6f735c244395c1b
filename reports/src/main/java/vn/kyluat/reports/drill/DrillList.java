package vn.kyluat.reports.drill;

import static vn.kyluat.reports.drill.DrillColumn.ASSIGNED_AT;
import static vn.kyluat.reports.drill.DrillColumn.ASSIGNED_BY;
import static vn.kyluat.reports.drill.DrillColumn.CAME_BACK_AT;
import static vn.kyluat.reports.drill.DrillColumn.COMPLETED_AT;
import static vn.kyluat.reports.drill.DrillColumn.COUNTED_IN;
import static vn.kyluat.reports.drill.DrillColumn.DAYS_OVERDUE;
import static vn.kyluat.reports.drill.DrillColumn.DELAY_DAYS;
import static vn.kyluat.reports.drill.DrillColumn.DUE;
import static vn.kyluat.reports.drill.DrillColumn.EFF_DUE;
import static vn.kyluat.reports.drill.DrillColumn.EXTENSIONS;
import static vn.kyluat.reports.drill.DrillColumn.FINDING;
import static vn.kyluat.reports.drill.DrillColumn.FINDING_ORG;
import static vn.kyluat.reports.drill.DrillColumn.FOUND_AT;
import static vn.kyluat.reports.drill.DrillColumn.HANDOFFS;
import static vn.kyluat.reports.drill.DrillColumn.HOLDER;
import static vn.kyluat.reports.drill.DrillColumn.OCCURRED_AT;
import static vn.kyluat.reports.drill.DrillColumn.ORG;
import static vn.kyluat.reports.drill.DrillColumn.OUTCOME;
import static vn.kyluat.reports.drill.DrillColumn.PRIORITY;
import static vn.kyluat.reports.drill.DrillColumn.REMEDY_DUE;
import static vn.kyluat.reports.drill.DrillColumn.SEVERITY;
import static vn.kyluat.reports.drill.DrillColumn.SOURCE;
import static vn.kyluat.reports.drill.DrillColumn.TASK;
import static vn.kyluat.reports.drill.DrillColumn.TITLE;
import static vn.kyluat.reports.drill.DrillColumn.TO;

import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import vn.kyluat.contract.Mart;
import vn.kyluat.contract.Metric;
import vn.kyluat.contract.TaskOutcome;
import vn.kyluat.reports.marts.MartRow;

/**
 * The drill-down lists: for each, the mart it reads, the column naming the unit a row belongs to,
 * which rows it keeps, its order (worst first: what the printed report shows when it cannot show
 * all), its columns, and the figures its length equals per unit. Every medium (PDF, workbook,
 * dashboard) renders these declarations the same way; nothing here recomputes a figure.
 */
public enum DrillList {
    /**
     * Open and overdue at the quarter's end (overdue_open or backlog): as many per holder as its backlog_overdue;
     * each with its extensions and hand-off history, so a reader sees who passed it to whom.
     */
    OVERDUE(
            "overdue",
            Mart.TASK_QUARTER_FACTS,
            HOLDER,
            row -> TaskOutcome.of(row.get(Mart.OUTCOME)).overdue(),
            descending(Mart.DAYS_OVERDUE),
            DAYS_OVERDUE,
            List.of(TASK, TITLE, HOLDER, PRIORITY, DUE, EFF_DUE, DAYS_OVERDUE, EXTENSIONS, OUTCOME, HANDOFFS),
            Metric.BACKLOG_OVERDUE,
            List.of(Metric.BACKLOG_OVERDUE)),
    /** Due in the quarter and completed after the effective due date: done_late. */
    LATE(
            "late",
            Mart.TASK_QUARTER_FACTS,
            HOLDER,
            row -> TaskOutcome.of(row.get(Mart.OUTCOME)) == TaskOutcome.LATE,
            descending(Mart.DELAY_DAYS),
            DELAY_DAYS,
            List.of(TASK, TITLE, HOLDER, PRIORITY, EFF_DUE, COMPLETED_AT, DELAY_DAYS, EXTENSIONS),
            Metric.DONE_LATE,
            List.of(Metric.DONE_LATE)),
    /**
     * Returns and transfers that came back (bounced_handoffs), under the sender: as many per unit as
     * its returns_out + reversed_transfers; the earliest first.
     */
    RETURNED(
            "returned",
            Mart.BOUNCED_HANDOFFS,
            ORG,
            row -> true,
            earliest(Mart.OCCURRED_AT),
            OCCURRED_AT,
            List.of(TASK, TITLE, ORG, COUNTED_IN, TO, OCCURRED_AT, CAME_BACK_AT, HOLDER, EFF_DUE),
            Metric.BOUNCE_RATE,
            List.of(Metric.RETURNS_OUT, Metric.REVERSED_TRANSFERS)),
    /** Escalations of tasks the unit may decide itself (within_authority_escalations): escalations_within. */
    ESCALATIONS(
            "escalations",
            Mart.WITHIN_AUTHORITY_ESCALATIONS,
            ORG,
            row -> true,
            earliest(Mart.OCCURRED_AT),
            OCCURRED_AT,
            List.of(TASK, TITLE, ORG, TO, OCCURRED_AT, HOLDER, PRIORITY, EFF_DUE),
            Metric.ESCALATION_AVOIDANCE_RATE,
            List.of(Metric.ESCALATIONS_WITHIN)),
    /** Inspection findings overdue and not remedied (open_overdue_findings), longest overdue first: findings_open_overdue. */
    FINDINGS(
            "findings",
            Mart.OPEN_OVERDUE_FINDINGS,
            ORG,
            row -> true,
            descending(Mart.DAYS_OVERDUE),
            DAYS_OVERDUE,
            List.of(FINDING, ORG, FINDING_ORG, SEVERITY, FOUND_AT, REMEDY_DUE, DAYS_OVERDUE),
            Metric.FINDINGS_OPEN_OVERDUE,
            List.of(Metric.FINDINGS_OPEN_OVERDUE)),
    /** Assigned in the quarter without a lead unit, under the unit that assigned them; earliest first. */
    WITHOUT_LEAD(
            "withoutLead",
            Mart.TASKS_WITHOUT_LEAD,
            ASSIGNED_BY,
            row -> true,
            earliest(Mart.ASSIGNED_AT),
            ASSIGNED_AT,
            List.of(TASK, TITLE, ASSIGNED_BY, SOURCE, ASSIGNED_AT),
            null,
            List.of());

    private final String id;
    private final Mart mart;
    private final DrillColumn unit;
    private final Predicate<MartRow> keeps;
    private final Comparator<MartRow> worstFirst;
    private final DrillColumn severity;
    private final List<DrillColumn> columns;
    private final Metric figure;
    private final List<Metric> explains;

    DrillList(
            String id,
            Mart mart,
            DrillColumn unit,
            Predicate<MartRow> keeps,
            Comparator<MartRow> worstFirst,
            DrillColumn severity,
            List<DrillColumn> columns,
            Metric figure,
            List<Metric> explains) {
        this.id = id;
        this.mart = mart;
        this.unit = unit;
        this.keeps = keeps;
        this.worstFirst = worstFirst.thenComparing(
                r -> String.valueOf(r.get(columns.get(0).column())));
        this.severity = severity;
        this.columns = columns;
        this.figure = figure;
        this.explains = explains;
    }

    private static Comparator<MartRow> descending(String column) {
        return Comparator.comparingLong((MartRow r) -> -r.getLong(column));
    }

    /** By an ISO date or instant column, the earliest first. */
    private static Comparator<MartRow> earliest(String column) {
        return Comparator.comparing((MartRow r) -> r.get(column), Comparator.nullsLast(Comparator.naturalOrder()));
    }

    /** The list's name in the messages ({@code dashboard.list.<id>}), the dashboard and the URL. */
    public String id() {
        return id;
    }

    public Mart mart() {
        return mart;
    }

    /** The column naming the unit a row is listed under. */
    public DrillColumn unit() {
        return unit;
    }

    public String unitOf(MartRow row) {
        return row.get(unit.column());
    }

    /** Whether the mart's row belongs in this list; an unknown code in the row throws IllegalArgumentException. */
    public boolean keeps(MartRow row) {
        return keeps.test(row);
    }

    public Comparator<MartRow> worstFirst() {
        return worstFirst;
    }

    /** The column the list is ordered by (days overdue, days late…): what a short list shows beside each task. */
    public DrillColumn severity() {
        return severity;
    }

    public List<DrillColumn> columns() {
        return columns;
    }

    /** The dashboard's figure that opens this list; null when none does. */
    public Metric figure() {
        return figure;
    }

    /** The figures of org_quarter_metrics whose sum a unit's list is as long as (own row: own tasks; subtree row: its units'). */
    public List<Metric> explains() {
        return explains;
    }
}

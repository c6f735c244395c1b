package vn.kyluat.reports.drill;

import vn.kyluat.contract.Mart;

/**
 * A column of a drill-down list: the mart's column, what its values are (so each medium formats
 * and types them alike) and its relative width in print, where the ten columns of the overdue list
 * share a portrait page: a date, a priority or a unit's code fits on one line.
 */
public record DrillColumn(String column, Kind kind, float width) {

    /** What a column's values are. */
    public enum Kind {
        TEXT,
        /** An organisation's code: the dashboard links it to the unit. */
        UNIT,
        /** A date ({@code 2024-09-30}). */
        DATE,
        /** An instant, shown as its local date (+07:00). */
        DAY,
        COUNT,
        /** A code translated through the messages' family of the same name ({@code priority.urgent}). */
        PRIORITY,
        OUTCOME,
        /** low, medium, high: a finding's severity. */
        SEVERITY,
        /** A column of org_quarter_metrics ({@code returns_out}), shown as the figure's label. */
        FIGURE,
        /**
         * task_quarter_facts.handoff_history ({@code HandoffHistory}): each transfer and return as its local
         * date and units, a return marked as one.
         */
        HANDOFFS
    }

    public static final DrillColumn TASK = new DrillColumn(Mart.TASK_CODE, Kind.TEXT, 1.5f);
    public static final DrillColumn TITLE = new DrillColumn(Mart.TITLE, Kind.TEXT, 2.05f);
    public static final DrillColumn HOLDER = new DrillColumn(Mart.HOLDER_ORG_CODE, Kind.UNIT, 1.65f);
    public static final DrillColumn ASSIGNED_BY = new DrillColumn(Mart.ASSIGNED_BY_ORG_CODE, Kind.UNIT, 1.3f);
    public static final DrillColumn SOURCE = new DrillColumn(Mart.SOURCE_ID, Kind.TEXT, 1f);
    public static final DrillColumn PRIORITY = new DrillColumn(Mart.PRIORITY, Kind.PRIORITY, 1f);
    public static final DrillColumn DUE = new DrillColumn(Mart.DUE_DATE, Kind.DATE, 1.55f);
    public static final DrillColumn EFF_DUE = new DrillColumn(Mart.EFF_DUE_DATE, Kind.DATE, 1.55f);
    public static final DrillColumn ASSIGNED_AT = new DrillColumn(Mart.ASSIGNED_AT, Kind.DAY, 1.5f);
    public static final DrillColumn COMPLETED_AT = new DrillColumn(Mart.COMPLETED_AT, Kind.DAY, 1.5f);
    public static final DrillColumn DAYS_OVERDUE = new DrillColumn(Mart.DAYS_OVERDUE, Kind.COUNT, 0.8f);
    public static final DrillColumn DELAY_DAYS = new DrillColumn(Mart.DELAY_DAYS, Kind.COUNT, 0.9f);
    public static final DrillColumn EXTENSIONS = new DrillColumn(Mart.EXTENSIONS, Kind.COUNT, 0.7f);
    public static final DrillColumn HANDOFFS = new DrillColumn(Mart.HANDOFF_HISTORY, Kind.HANDOFFS, 3.4f);
    public static final DrillColumn OUTCOME = new DrillColumn(Mart.OUTCOME, Kind.OUTCOME, 1.3f);
    public static final DrillColumn ORG = new DrillColumn(Mart.ORG_CODE, Kind.UNIT, 1.3f);
    public static final DrillColumn COUNTED_IN = new DrillColumn(Mart.COUNTED_IN, Kind.FIGURE, 1.6f);
    public static final DrillColumn FROM = new DrillColumn(Mart.FROM_ORG_CODE, Kind.UNIT, 1.3f);
    public static final DrillColumn TO = new DrillColumn(Mart.TO_ORG_CODE, Kind.UNIT, 1.3f);
    public static final DrillColumn OCCURRED_AT = new DrillColumn(Mart.OCCURRED_AT, Kind.DAY, 1.5f);
    public static final DrillColumn CAME_BACK_AT = new DrillColumn(Mart.CAME_BACK_AT, Kind.DAY, 1.5f);
    public static final DrillColumn FINDING = new DrillColumn(Mart.FINDING_CODE, Kind.TEXT, 1.9f);
    public static final DrillColumn FINDING_ORG = new DrillColumn(Mart.FINDING_ORG_CODE, Kind.UNIT, 1.3f);
    public static final DrillColumn SEVERITY = new DrillColumn(Mart.SEVERITY, Kind.SEVERITY, 1f);
    public static final DrillColumn FOUND_AT = new DrillColumn(Mart.FOUND_AT, Kind.DATE, 1.5f);
    public static final DrillColumn REMEDY_DUE = new DrillColumn(Mart.REMEDY_DUE_DATE, Kind.DATE, 1.5f);
}

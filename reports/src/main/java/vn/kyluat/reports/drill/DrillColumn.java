package vn.kyluat.reports.drill;

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

    public static final DrillColumn TASK = new DrillColumn("task_code", Kind.TEXT, 1.5f);
    public static final DrillColumn TITLE = new DrillColumn("title", Kind.TEXT, 2.05f);
    public static final DrillColumn HOLDER = new DrillColumn("holder_org_code", Kind.UNIT, 1.65f);
    public static final DrillColumn ASSIGNED_BY = new DrillColumn("assigned_by_org_code", Kind.UNIT, 1.3f);
    public static final DrillColumn SOURCE = new DrillColumn("source_id", Kind.TEXT, 1f);
    public static final DrillColumn PRIORITY = new DrillColumn("priority", Kind.PRIORITY, 1f);
    public static final DrillColumn DUE = new DrillColumn("due_date", Kind.DATE, 1.55f);
    public static final DrillColumn EFF_DUE = new DrillColumn("eff_due_date", Kind.DATE, 1.55f);
    public static final DrillColumn ASSIGNED_AT = new DrillColumn("assigned_at", Kind.DAY, 1.5f);
    public static final DrillColumn COMPLETED_AT = new DrillColumn("completed_at", Kind.DAY, 1.5f);
    public static final DrillColumn DAYS_OVERDUE = new DrillColumn("days_overdue", Kind.COUNT, 0.8f);
    public static final DrillColumn DELAY_DAYS = new DrillColumn("delay_days", Kind.COUNT, 0.9f);
    public static final DrillColumn EXTENSIONS = new DrillColumn("extensions", Kind.COUNT, 0.7f);
    public static final DrillColumn HANDOFFS = new DrillColumn("handoff_history", Kind.HANDOFFS, 3.4f);
    public static final DrillColumn OUTCOME = new DrillColumn("outcome", Kind.OUTCOME, 1.3f);
    public static final DrillColumn ORG = new DrillColumn("org_code", Kind.UNIT, 1.3f);
    public static final DrillColumn COUNTED_IN = new DrillColumn("counted_in", Kind.FIGURE, 1.6f);
    public static final DrillColumn FROM = new DrillColumn("from_org_code", Kind.UNIT, 1.3f);
    public static final DrillColumn TO = new DrillColumn("to_org_code", Kind.UNIT, 1.3f);
    public static final DrillColumn OCCURRED_AT = new DrillColumn("occurred_at", Kind.DAY, 1.5f);
    public static final DrillColumn CAME_BACK_AT = new DrillColumn("came_back_at", Kind.DAY, 1.5f);
    public static final DrillColumn FINDING = new DrillColumn("finding_code", Kind.TEXT, 1.9f);
    public static final DrillColumn FINDING_ORG = new DrillColumn("finding_org_code", Kind.UNIT, 1.3f);
    public static final DrillColumn SEVERITY = new DrillColumn("severity", Kind.SEVERITY, 1f);
    public static final DrillColumn FOUND_AT = new DrillColumn("found_at", Kind.DATE, 1.5f);
    public static final DrillColumn REMEDY_DUE = new DrillColumn("remedy_due_date", Kind.DATE, 1.5f);
}

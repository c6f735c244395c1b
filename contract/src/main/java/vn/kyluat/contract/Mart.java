package vn.kyluat.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The marts the analytics stage publishes and the reports stage reads, all of one analysis together
 * as one set ({@link MartsLayout}). In the set's folder each is a Parquet dataset under {@code
 * <name>/} and a CSV export at {@link #csvPath(String)} (UTF-8, header row, comma, {@code .}
 * decimals, empty field for null, deterministic row order).
 */
public enum Mart {
    /**
     * One row per (quarter, org_code, scope): identity columns, head_person_code (the unit's head on the
     * quarter's last day, the smallest code when several), metrics_version, then every {@link Metric}.
     */
    ORG_QUARTER_METRICS(orgQuarterMetricsColumns()),
    /**
     * One row per task and quarter in which the task exists and is not cancelled: the drill-down
     * behind every figure. outcome is on_time, late, overdue_open (the three for tasks due in the
     * quarter), backlog (open, due before the quarter) or not_due. assignee_code (a person code,
     * personal data) ties a person's figures in person_quarter_metrics to their tasks; board outputs
     * never show it. handoff_history lists the task's transfers and returns before the quarter's end,
     * oldest first, encoded as {@link HandoffHistory} says (empty: none).
     */
    TASK_QUARTER_FACTS(
            "quarter",
            "source_id",
            "task_code",
            "title",
            "holder_org_code",
            "lead_org_code",
            "priority",
            "authority",
            "assigned_at",
            "due_date",
            "eff_due_date",
            "extensions",
            "handoff_history",
            "completed_at",
            "outcome",
            "days_overdue",
            "delay_days",
            "assignee_code"),
    /** One row per task whose normalised origin_ref names two or more different lead units, across sources. */
    OVERLAPPING_ASSIGNMENTS(
            "quarter",
            "origin_ref",
            "lead_unit_count",
            "source_id",
            "task_code",
            "title",
            "lead_org_code",
            "lead_org_name",
            "assigned_at"),
    /** Tasks assigned in a quarter without a lead unit, per source. */
    TASKS_WITHOUT_LEAD("quarter", "source_id", "task_code", "title", "assigned_by_org_code", "assigned_at"),
    /** Open tasks with eff_due in [as_of, as_of + 14 days), as_of = the quarter's end, per holder. */
    AT_RISK_TASKS(
            "quarter",
            "as_of",
            "holder_org_code",
            "holder_org_name",
            "source_id",
            "task_code",
            "title",
            "priority",
            "eff_due_date",
            "days_left"),
    /**
     * The handoffs behind buck-passing (docs/metrics.md, Buck-passing): one row per event counted in
     * returns_out or reversed_transfers of org_quarter_metrics, own scope. org_code is the unit whose own
     * figures count the event (the sender, or the unit standing for a dissolved sender on the quarter's
     * last day); counted_in names the figure: {@code returns_out} (a return) or {@code reversed_transfers}
     * (a transfer after which the task came back to the sender before the quarter's end, at came_back_at;
     * empty for returns). holder_org_code and eff_due_date are the task's at the quarter's end.
     */
    BOUNCED_HANDOFFS(
            "quarter",
            "org_code",
            "counted_in",
            "source_id",
            "event_id",
            "task_code",
            "title",
            "from_org_code",
            "to_org_code",
            "occurred_at",
            "came_back_at",
            "holder_org_code",
            "priority",
            "eff_due_date"),
    /**
     * The escalations behind escalations_within (docs/metrics.md, Avoided decisions): one row per escalated
     * event of the quarter on a task the sender may decide itself (authority within), own scope. org_code
     * as in {@link #BOUNCED_HANDOFFS}; from_org_code and to_org_code as the event records them.
     */
    WITHIN_AUTHORITY_ESCALATIONS(
            "quarter",
            "org_code",
            "source_id",
            "event_id",
            "task_code",
            "title",
            "from_org_code",
            "to_org_code",
            "occurred_at",
            "holder_org_code",
            "priority",
            "assigned_at",
            "eff_due_date"),
    /**
     * The findings behind findings_open_overdue (docs/metrics.md, Inspection findings): one row per quarter
     * and finding found before the quarter's end, due before it and not remedied before it, so a finding
     * is listed in every quarter it is still open and overdue. org_code is the unit whose own figures
     * count it (finding_org_code, or the unit standing for it when dissolved); days_overdue = qe −
     * remedy_due_date in days, like the backlog's.
     */
    OPEN_OVERDUE_FINDINGS(
            "quarter",
            "org_code",
            "source_id",
            "finding_code",
            "finding_org_code",
            "severity",
            "found_at",
            "remedy_due_date",
            "days_overdue"),
    /**
     * The organisation registry per quarter: one row per unit founded on or before the quarter's last day,
     * dissolved ones too, with its registry name, kind, validity (both ends inclusive) and successor_code;
     * parent_code is the parent in the tree of the quarter's last day (as in org_quarter_metrics).
     * counted_under_code is the unit whose figures hold the unit's facts in the quarter: itself when valid
     * on the last day, else its successor followed to a valid unit (empty when there is none). It maps any
     * unit code of the other marts (task_quarter_facts.holder_org_code) to the unit whose own figures count
     * the row: a task held by a dissolved unit is in its successor's backlog. A unit whose valid_to falls in
     * the quarter and whose counted_under_code is another unit was absorbed by that unit in the quarter.
     */
    ORG_TREE(
            "quarter",
            "org_code",
            "org_name",
            "org_kind",
            "parent_code",
            "valid_from",
            "valid_to",
            "successor_code",
            "counted_under_code"),
    /**
     * Discipline actions decided in the quarter by kind ({@link #DISCIPLINE_KINDS}), in both scopes
     * like org_quarter_metrics: one row per (quarter, org_code, scope, kind) with actions &gt; 0; a kind
     * without a row had no action, and the kinds of a unit, quarter and scope add up to its discipline_actions.
     */
    DISCIPLINE_BY_KIND("quarter", "org_code", "scope", "kind", "actions"),
    /**
     * One row per (quarter, person_code) for each person who, in the quarter, has a task due, an open
     * overdue task or a discipline action: the timeliness and backlog of the tasks assigned to the
     * person (whoever holds them), the person's discipline actions, and the unit and role of the
     * person's staff row valid on the quarter's last day. Persons by code only, never by name.
     */
    PERSON_QUARTER_METRICS(
            "quarter",
            "person_code",
            "org_code",
            "role",
            "tasks_due",
            "done_on_time",
            "done_late",
            "overdue_open",
            "on_time_rate",
            "backlog_overdue",
            "backlog_over_180",
            "discipline_actions"),
    /**
     * Per extraction run, source and relation: read = accepted + rejected, and rejected by rule in
     * one column per {@link RejectRule} ({@code rejected_<rule code>}). A source that failed has one
     * row with relation empty, source_status FAILED and the error.
     */
    DATA_QUALITY(dataQualityColumns()),
    /** The rejected records themselves: {@link LakeLayout#REJECT_COLUMNS}. */
    REJECTS(LakeLayout.REJECT_COLUMNS.toArray(String[]::new));

    /** Version of docs/metrics.md's definitions that produced the figures; bump on any change of definition. */
    public static final String METRICS_VERSION = "2";

    public static final String QUARTER = "quarter";
    public static final String ORG_CODE = "org_code";
    public static final String SCOPE = "scope";
    public static final String SCOPE_OWN = "own";
    public static final String SCOPE_SUBTREE = "subtree";

    /** The values of bounced_handoffs.counted_in: the org_quarter_metrics column each row explains. */
    public static final List<String> BOUNCE_FIGURES =
            List.of(Metric.RETURNS_OUT.column(), Metric.REVERSED_TRANSFERS.column());

    /** The kinds of discipline_action, in order of severity, "other" last. */
    public static final List<String> DISCIPLINE_KINDS =
            List.of("reprimand", "warning", "dismissal", "expulsion", "other");

    private final List<String> columns;

    Mart(String... columns) {
        this.columns = List.of(columns);
    }

    private static String[] orgQuarterMetricsColumns() {
        List<String> columns = new ArrayList<>(List.of(
                "quarter",
                "org_code",
                "scope",
                "org_name",
                "org_kind",
                "parent_code",
                "head_person_code",
                "metrics_version"));
        for (Metric metric : Metric.values()) {
            columns.add(metric.column());
        }
        return columns.toArray(String[]::new);
    }

    private static String[] dataQualityColumns() {
        List<String> columns = new ArrayList<>(List.of(
                "run_id",
                "started_at",
                "run_status",
                "source_id",
                "source_status",
                "error",
                "relation",
                "mode",
                "read",
                "accepted",
                "rejected"));
        for (RejectRule rule : RejectRule.values()) {
            columns.add("rejected_" + rule.code());
        }
        return columns.toArray(String[]::new);
    }

    /** The mart's columns, in the order of its Parquet schema and CSV export. */
    public List<String> columns() {
        return columns;
    }

    public String martName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Parquet dataset's folder in a set's folder ({@link MartsLayout#setDir}). */
    public String datasetPath(String setDir) {
        return setDir + "/" + martName();
    }

    /** The CSV export in a set's folder: {@code <set>/csv/<name>.csv}. */
    public String csvPath(String setDir) {
        return setDir + "/csv/" + martName() + ".csv";
    }
}

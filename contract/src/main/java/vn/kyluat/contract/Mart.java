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
            Mart.QUARTER,
            Mart.SOURCE_ID,
            Mart.TASK_CODE,
            Mart.TITLE,
            Mart.HOLDER_ORG_CODE,
            Mart.LEAD_ORG_CODE,
            Mart.PRIORITY,
            Mart.AUTHORITY,
            Mart.ASSIGNED_AT,
            Mart.DUE_DATE,
            Mart.EFF_DUE_DATE,
            Mart.EXTENSIONS,
            Mart.HANDOFF_HISTORY,
            Mart.COMPLETED_AT,
            Mart.OUTCOME,
            Mart.DAYS_OVERDUE,
            Mart.DELAY_DAYS,
            Mart.ASSIGNEE_CODE),
    /** One row per task whose normalised origin_ref names two or more different lead units, across sources. */
    OVERLAPPING_ASSIGNMENTS(
            Mart.QUARTER,
            Mart.ORIGIN_REF,
            Mart.LEAD_UNIT_COUNT,
            Mart.SOURCE_ID,
            Mart.TASK_CODE,
            Mart.TITLE,
            Mart.LEAD_ORG_CODE,
            Mart.LEAD_ORG_NAME,
            Mart.ASSIGNED_AT),
    /** Tasks assigned in a quarter without a lead unit, per source. */
    TASKS_WITHOUT_LEAD(
            Mart.QUARTER, Mart.SOURCE_ID, Mart.TASK_CODE, Mart.TITLE, Mart.ASSIGNED_BY_ORG_CODE, Mart.ASSIGNED_AT),
    /** Open tasks with eff_due in [as_of, as_of + 14 days), as_of = the quarter's end, per holder. */
    AT_RISK_TASKS(
            Mart.QUARTER,
            Mart.AS_OF,
            Mart.HOLDER_ORG_CODE,
            Mart.HOLDER_ORG_NAME,
            Mart.SOURCE_ID,
            Mart.TASK_CODE,
            Mart.TITLE,
            Mart.PRIORITY,
            Mart.EFF_DUE_DATE,
            Mart.DAYS_LEFT),
    /**
     * The handoffs behind buck-passing (docs/metrics.md, Buck-passing): one row per event counted in
     * returns_out or reversed_transfers of org_quarter_metrics, own scope. org_code is the unit whose own
     * figures count the event (the sender, or the unit standing for a dissolved sender on the quarter's
     * last day); counted_in names the figure: {@code returns_out} (a return) or {@code reversed_transfers}
     * (a transfer after which the task came back to the sender before the quarter's end, at came_back_at;
     * empty for returns). holder_org_code and eff_due_date are the task's at the quarter's end.
     */
    BOUNCED_HANDOFFS(
            Mart.QUARTER,
            Mart.ORG_CODE,
            Mart.COUNTED_IN,
            Mart.SOURCE_ID,
            Mart.EVENT_ID,
            Mart.TASK_CODE,
            Mart.TITLE,
            Mart.FROM_ORG_CODE,
            Mart.TO_ORG_CODE,
            Mart.OCCURRED_AT,
            Mart.CAME_BACK_AT,
            Mart.HOLDER_ORG_CODE,
            Mart.PRIORITY,
            Mart.EFF_DUE_DATE),
    /**
     * The escalations behind escalations_within (docs/metrics.md, Avoided decisions): one row per escalated
     * event of the quarter on a task the sender may decide itself (authority within), own scope. org_code
     * as in {@link #BOUNCED_HANDOFFS}; from_org_code and to_org_code as the event records them.
     */
    WITHIN_AUTHORITY_ESCALATIONS(
            Mart.QUARTER,
            Mart.ORG_CODE,
            Mart.SOURCE_ID,
            Mart.EVENT_ID,
            Mart.TASK_CODE,
            Mart.TITLE,
            Mart.FROM_ORG_CODE,
            Mart.TO_ORG_CODE,
            Mart.OCCURRED_AT,
            Mart.HOLDER_ORG_CODE,
            Mart.PRIORITY,
            Mart.ASSIGNED_AT,
            Mart.EFF_DUE_DATE),
    /**
     * The findings behind findings_open_overdue (docs/metrics.md, Inspection findings): one row per quarter
     * and finding found before the quarter's end, due before it and not remedied before it, so a finding
     * is listed in every quarter it is still open and overdue. org_code is the unit whose own figures
     * count it (finding_org_code, or the unit standing for it when dissolved); days_overdue = qe −
     * remedy_due_date in days, like the backlog's.
     */
    OPEN_OVERDUE_FINDINGS(
            Mart.QUARTER,
            Mart.ORG_CODE,
            Mart.SOURCE_ID,
            Mart.FINDING_CODE,
            Mart.FINDING_ORG_CODE,
            Mart.SEVERITY,
            Mart.FOUND_AT,
            Mart.REMEDY_DUE_DATE,
            Mart.DAYS_OVERDUE),
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
            Mart.QUARTER,
            Mart.ORG_CODE,
            Mart.ORG_NAME,
            Mart.ORG_KIND,
            Mart.PARENT_CODE,
            Mart.VALID_FROM,
            Mart.VALID_TO,
            Mart.SUCCESSOR_CODE,
            Mart.COUNTED_UNDER_CODE),
    /**
     * Discipline actions decided in the quarter by kind ({@link #DISCIPLINE_KINDS}), in both scopes
     * like org_quarter_metrics: one row per (quarter, org_code, scope, kind) with actions &gt; 0; a kind
     * without a row had no action, and the kinds of a unit, quarter and scope add up to its discipline_actions.
     */
    DISCIPLINE_BY_KIND(Mart.QUARTER, Mart.ORG_CODE, Mart.SCOPE, Mart.KIND, Mart.ACTIONS),
    /**
     * One row per (quarter, person_code) for each person who, in the quarter, has a task due, an open
     * overdue task or a discipline action: the timeliness and backlog of the tasks assigned to the
     * person (whoever holds them), the person's discipline actions, and the unit and role of the
     * person's staff row valid on the quarter's last day. Persons by code only, never by name.
     */
    PERSON_QUARTER_METRICS(
            Mart.QUARTER,
            Mart.PERSON_CODE,
            Mart.ORG_CODE,
            Mart.ROLE,
            Metric.TASKS_DUE.column(),
            Metric.DONE_ON_TIME.column(),
            Metric.DONE_LATE.column(),
            Metric.OVERDUE_OPEN.column(),
            Metric.ON_TIME_RATE.column(),
            Metric.BACKLOG_OVERDUE.column(),
            Metric.BACKLOG_OVER_180.column(),
            Metric.DISCIPLINE_ACTIONS.column()),
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

    // The marts' other columns, each named once (several marts share one).
    public static final String HOLDER_ORG_CODE = "holder_org_code";
    public static final String EFF_DUE_DATE = "eff_due_date";
    public static final String EXTENSIONS = "extensions";
    public static final String HANDOFF_HISTORY = "handoff_history";
    public static final String OUTCOME = "outcome";
    public static final String DAYS_OVERDUE = "days_overdue";
    public static final String DELAY_DAYS = "delay_days";
    public static final String LEAD_UNIT_COUNT = "lead_unit_count";
    public static final String LEAD_ORG_NAME = "lead_org_name";
    public static final String AS_OF = "as_of";
    public static final String HOLDER_ORG_NAME = "holder_org_name";
    public static final String DAYS_LEFT = "days_left";
    public static final String COUNTED_IN = "counted_in";
    public static final String CAME_BACK_AT = "came_back_at";
    public static final String FINDING_ORG_CODE = "finding_org_code";
    public static final String ORG_NAME = "org_name";
    public static final String ORG_KIND = "org_kind";
    public static final String PARENT_CODE = "parent_code";
    public static final String COUNTED_UNDER_CODE = "counted_under_code";
    public static final String ACTIONS = "actions";
    public static final String HEAD_PERSON_CODE = "head_person_code";
    public static final String METRICS_VERSION_COLUMN = "metrics_version";
    public static final String STARTED_AT = "started_at";
    public static final String RUN_STATUS = "run_status";
    public static final String SOURCE_STATUS = "source_status";
    public static final String ERROR = "error";
    public static final String MODE = "mode";
    public static final String READ = "read";
    public static final String ACCEPTED = "accepted";
    public static final String REJECTED = "rejected";

    // Carried from the lake with its name and value (a unit code may be resolved to the unit standing for it).
    public static final String SOURCE_ID = Relation.SOURCE_ID;
    public static final String TASK_CODE = Relation.TASK_CODE;
    public static final String TITLE = Relation.TITLE;
    public static final String LEAD_ORG_CODE = Relation.LEAD_ORG_CODE;
    public static final String PRIORITY = Relation.PRIORITY;
    public static final String AUTHORITY = Relation.AUTHORITY;
    public static final String ASSIGNED_AT = Relation.ASSIGNED_AT;
    public static final String DUE_DATE = Relation.DUE_DATE;
    public static final String COMPLETED_AT = Relation.COMPLETED_AT;
    public static final String ASSIGNEE_CODE = Relation.ASSIGNEE_CODE;
    public static final String ORIGIN_REF = Relation.ORIGIN_REF;
    public static final String ASSIGNED_BY_ORG_CODE = Relation.ASSIGNED_BY_ORG_CODE;
    public static final String EVENT_ID = Relation.EVENT_ID;
    public static final String FROM_ORG_CODE = Relation.FROM_ORG_CODE;
    public static final String TO_ORG_CODE = Relation.TO_ORG_CODE;
    public static final String OCCURRED_AT = Relation.OCCURRED_AT;
    public static final String FINDING_CODE = Relation.FINDING_CODE;
    public static final String SEVERITY = Relation.SEVERITY;
    public static final String FOUND_AT = Relation.FOUND_AT;
    public static final String REMEDY_DUE_DATE = Relation.REMEDY_DUE_DATE;
    public static final String VALID_FROM = Relation.VALID_FROM;
    public static final String VALID_TO = Relation.VALID_TO;
    public static final String SUCCESSOR_CODE = Relation.SUCCESSOR_CODE;
    public static final String PERSON_CODE = Relation.PERSON_CODE;
    public static final String ROLE = Relation.ROLE;
    public static final String KIND = Relation.KIND;
    public static final String RUN_ID = LakeLayout.RUN_ID;
    public static final String RELATION = LakeLayout.RELATION;

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
                QUARTER, ORG_CODE, SCOPE, ORG_NAME, ORG_KIND, PARENT_CODE, HEAD_PERSON_CODE, METRICS_VERSION_COLUMN));
        for (Metric metric : Metric.values()) {
            columns.add(metric.column());
        }
        return columns.toArray(String[]::new);
    }

    private static String[] dataQualityColumns() {
        List<String> columns = new ArrayList<>(List.of(
                RUN_ID,
                STARTED_AT,
                RUN_STATUS,
                SOURCE_ID,
                SOURCE_STATUS,
                ERROR,
                RELATION,
                MODE,
                READ,
                ACCEPTED,
                REJECTED));
        for (RejectRule rule : RejectRule.values()) {
            columns.add(rejectedColumn(rule));
        }
        return columns.toArray(String[]::new);
    }

    /** The data_quality column of the rows a rule rejected: {@code rejected_<rule code>}. */
    public static String rejectedColumn(RejectRule rule) {
        return REJECTED + "_" + rule.code();
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

package vn.kyluat.analytics.intermediate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_from_unix_date;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.unix_date;
import static vn.kyluat.analytics.staging.LocalTimes.instant;
import static vn.kyluat.analytics.staging.LocalTimes.quarterEnd;

import java.util.Arrays;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import vn.kyluat.analytics.staging.Staging;
import vn.kyluat.contract.Mart;
import vn.kyluat.contract.Relation;

/**
 * The state of every task as of every quarter's end (DESIGN.md), computed by {@link TaskTimeline}
 * from each task and its events, and what every task metric reads:
 *
 * <ul>
 *   <li>{@code facts}: one row per task and quarter (quarter, q, qe, task columns, holder_org_code,
 *       eff_due_date, extensions, handoff_history, completed_by_qe, due_in_q, outcome, strict_on_time, days_overdue,
 *       delay_days, urgent_hours, the arrays held_orgs, handoffs_in_q and escalations_in_q, and assignee_code);
 *   <li>{@code heldTasks}: (q, org_code, authority) for each unit that held the task open during q;
 *   <li>{@code handoffs}: each transfer and return of q ({@code HANDOFF}, occurred_at) beside its task
 *       ({@code EVENT_TASK_COLUMNS});
 *   <li>{@code escalations}: each escalation of q ({@code ESCALATION}, occurred_at) beside its task.
 * </ul>
 *
 * How they are folded and kept is a {@link TaskFold}'s business (the job's is the engine's). Only
 * the facts are kept: the units that held, handed off and escalated a task in q are arrays in its
 * row, exploded by the three other tables, so what is kept is one row per task and quarter.
 */
public record TaskQuarterFacts(
        Dataset<Row> facts, Dataset<Row> heldTasks, Dataset<Row> handoffs, Dataset<Row> escalations) {

    // The facts' columns beyond the mart's, which only analytics reads (days: since 1970-01-01, local).
    private static final String DUE_DAY = "due_day";
    private static final String EFF_DUE_DAY = "eff_due_day";
    private static final String NEW_DUE_DAY = "new_due_day";
    public static final String COMPLETED_BY_QE = "completed_by_qe";
    public static final String DUE_IN_Q = "due_in_q";
    public static final String STRICT_ON_TIME = "strict_on_time";
    public static final String URGENT_HOURS = "urgent_hours";
    private static final String HELD_ORGS = "held_orgs";
    private static final String HANDOFFS_IN_Q = "handoffs_in_q";
    private static final String ESCALATIONS_IN_Q = "escalations_in_q";
    /** Fields of a handoff: when the task came back to its sender (quarter index, local micros). */
    public static final String CAME_BACK_Q = "came_back_q";

    public static final String CAME_BACK_LOCAL_MICROS = "came_back_local_micros";
    /** The struct of one handoff or escalation while the arrays are exploded. */
    private static final String EVENT = "e";

    /** What the fold reads of a task, by position ({@link TaskFold}). */
    static final String[] TASK_INPUT = {
        Relation.SOURCE_ID,
        Relation.TASK_CODE,
        Relation.TITLE,
        Relation.LEAD_ORG_CODE,
        Relation.PRIORITY,
        Relation.AUTHORITY,
        Staging.ASSIGNED_LOCAL_MICROS,
        Staging.ASSIGNED_Q,
        DUE_DAY,
        Staging.COMPLETED_LOCAL_MICROS,
        Staging.CANCELLED_Q,
        Relation.ASSIGNEE_CODE
    };

    /** What the fold reads of an event, by position. */
    static final String[] EVENT_INPUT = {
        Relation.SOURCE_ID,
        Relation.TASK_CODE,
        Relation.EVENT_ID,
        Relation.EVENT_TYPE,
        Staging.OCCURRED_LOCAL_MICROS,
        Staging.OCCURRED_Q,
        Relation.FROM_ORG_CODE,
        Relation.TO_ORG_CODE,
        NEW_DUE_DAY
    };

    /** What the handoffs and escalations carry of their task: its identity and its state at qe. */
    private static final String[] EVENT_TASK_COLUMNS = {
        QuarterRange.Q,
        Mart.QUARTER,
        Mart.SOURCE_ID,
        Mart.TASK_CODE,
        Mart.TITLE,
        Mart.HOLDER_ORG_CODE,
        Mart.PRIORITY,
        Mart.AUTHORITY,
        Mart.ASSIGNED_AT,
        Mart.EFF_DUE_DATE
    };

    /** A transfer or return, and the change that handed the task back to its sender (empty: none). */
    private static final StructType HANDOFF = new StructType()
            .add(Relation.EVENT_ID, DataTypes.LongType)
            .add(Relation.EVENT_TYPE, DataTypes.StringType)
            .add(Relation.FROM_ORG_CODE, DataTypes.StringType)
            .add(Relation.TO_ORG_CODE, DataTypes.StringType)
            .add(Staging.OCCURRED_LOCAL_MICROS, DataTypes.LongType)
            .add(CAME_BACK_Q, DataTypes.IntegerType)
            .add(CAME_BACK_LOCAL_MICROS, DataTypes.LongType);

    private static final StructType ESCALATION = new StructType()
            .add(Relation.EVENT_ID, DataTypes.LongType)
            .add(Relation.FROM_ORG_CODE, DataTypes.StringType)
            .add(Relation.TO_ORG_CODE, DataTypes.StringType)
            .add(Staging.OCCURRED_LOCAL_MICROS, DataTypes.LongType);

    /** What the fold writes: one row per task and quarter. */
    public static final StructType FOLD_OUTPUT = new StructType()
            // The quarter's name is never null: Spark's writer then partitions by it as it is, without first copying
            // every row to turn an empty name into null.
            .add(Mart.QUARTER, DataTypes.StringType, false)
            .add(QuarterRange.Q, DataTypes.IntegerType)
            .add(Mart.SOURCE_ID, DataTypes.StringType)
            .add(Mart.TASK_CODE, DataTypes.StringType)
            .add(Mart.TITLE, DataTypes.StringType)
            .add(Mart.HOLDER_ORG_CODE, DataTypes.StringType)
            .add(Mart.LEAD_ORG_CODE, DataTypes.StringType)
            .add(Mart.PRIORITY, DataTypes.StringType)
            .add(Mart.AUTHORITY, DataTypes.StringType)
            .add(Staging.ASSIGNED_LOCAL_MICROS, DataTypes.LongType)
            .add(DUE_DAY, DataTypes.IntegerType)
            .add(EFF_DUE_DAY, DataTypes.IntegerType)
            .add(Mart.EXTENSIONS, DataTypes.IntegerType)
            .add(Mart.HANDOFF_HISTORY, DataTypes.StringType)
            .add(Staging.COMPLETED_LOCAL_MICROS, DataTypes.LongType)
            .add(COMPLETED_BY_QE, DataTypes.BooleanType)
            .add(DUE_IN_Q, DataTypes.BooleanType)
            .add(Mart.OUTCOME, DataTypes.StringType)
            .add(STRICT_ON_TIME, DataTypes.BooleanType)
            .add(Mart.DAYS_OVERDUE, DataTypes.IntegerType)
            .add(Mart.DELAY_DAYS, DataTypes.IntegerType)
            .add(URGENT_HOURS, DataTypes.DoubleType)
            .add(HELD_ORGS, DataTypes.createArrayType(DataTypes.StringType))
            .add(HANDOFFS_IN_Q, DataTypes.createArrayType(HANDOFF))
            .add(ESCALATIONS_IN_Q, DataTypes.createArrayType(ESCALATION))
            .add(Mart.ASSIGNEE_CODE, DataTypes.StringType);

    /**
     * @param tasks staged tasks ({@code Staging.tasks})
     * @param events staged events ({@code Staging.events})
     */
    public static TaskQuarterFacts build(Dataset<Row> tasks, Dataset<Row> events, QuarterRange range, TaskFold fold) {
        Dataset<Row> taskRows = tasks.filter(col(Staging.ASSIGNED_Q)
                        .leq(range.last())
                        .and(col(Staging.CANCELLED_Q)
                                .isNull()
                                .or(col(Staging.CANCELLED_Q).gt(range.first()))))
                .withColumn(DUE_DAY, unix_date(col(Relation.DUE_DATE)))
                .select(columns(TASK_INPUT));
        Dataset<Row> eventRows = events.filter(col(Relation.EVENT_TYPE).isin(TaskTimeline.EVENT_TYPES.toArray()))
                .withColumn(NEW_DUE_DAY, unix_date(col(Relation.NEW_DUE_DATE)))
                .select(columns(EVENT_INPUT));
        Dataset<Row> facts = fold.keep(fold.fold(taskRows, eventRows, range)
                // The mart's columns first, in its order: the engine's cache then hands them to the mart's scan in
                // place instead of copying them out.
                .select(
                        col(Mart.QUARTER),
                        col(Mart.SOURCE_ID),
                        col(Mart.TASK_CODE),
                        col(Mart.TITLE),
                        col(Mart.HOLDER_ORG_CODE),
                        col(Mart.LEAD_ORG_CODE),
                        col(Mart.PRIORITY),
                        col(Mart.AUTHORITY),
                        instant(col(Staging.ASSIGNED_LOCAL_MICROS)).as(Mart.ASSIGNED_AT),
                        date_from_unix_date(col(DUE_DAY)).as(Mart.DUE_DATE),
                        date_from_unix_date(col(EFF_DUE_DAY)).as(Mart.EFF_DUE_DATE),
                        col(Mart.EXTENSIONS),
                        col(Mart.HANDOFF_HISTORY),
                        instant(col(Staging.COMPLETED_LOCAL_MICROS)).as(Mart.COMPLETED_AT),
                        col(Mart.OUTCOME),
                        col(Mart.DAYS_OVERDUE),
                        col(Mart.DELAY_DAYS),
                        col(QuarterRange.Q),
                        quarterEnd(col(QuarterRange.Q)).as(QuarterRange.QE),
                        col(COMPLETED_BY_QE),
                        col(DUE_IN_Q),
                        col(STRICT_ON_TIME),
                        col(URGENT_HOURS),
                        col(HELD_ORGS),
                        col(HANDOFFS_IN_Q),
                        col(ESCALATIONS_IN_Q),
                        col(Mart.ASSIGNEE_CODE)));
        return new TaskQuarterFacts(
                facts,
                facts.select(col(QuarterRange.Q), explode(col(HELD_ORGS)).as(Mart.ORG_CODE), col(Mart.AUTHORITY)),
                eventsOfQuarter(facts, HANDOFFS_IN_Q),
                eventsOfQuarter(facts, ESCALATIONS_IN_Q));
    }

    /** One row per element of the facts' array {@code events} of q, beside the task's identity and state at qe. */
    private static Dataset<Row> eventsOfQuarter(Dataset<Row> facts, String events) {
        Column[] exploded = Stream.concat(
                        Arrays.stream(columns(EVENT_TASK_COLUMNS)),
                        Stream.of(explode(col(events)).as(EVENT)))
                .toArray(Column[]::new);
        Column[] flat = Stream.concat(
                        Arrays.stream(columns(EVENT_TASK_COLUMNS)),
                        Stream.of(
                                col(EVENT + ".*"),
                                instant(col(EVENT + "." + Staging.OCCURRED_LOCAL_MICROS))
                                        .as(Mart.OCCURRED_AT)))
                .toArray(Column[]::new);
        return facts.select(exploded).select(flat);
    }

    /** Mart task_quarter_facts: the drill-down behind every figure, exactly the mart's columns. */
    public Dataset<Row> toMart() {
        return facts.select(columns(Mart.TASK_QUARTER_FACTS.columns().toArray(String[]::new)));
    }

    private static Column[] columns(String... names) {
        return Arrays.stream(names).map(functions::col).toArray(Column[]::new);
    }
}

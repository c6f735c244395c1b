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
import vn.kyluat.contract.Mart;

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

    /** What the fold reads of a task, by position ({@link TaskFold}). */
    static final String[] TASK_INPUT = {
        "source_id",
        "task_code",
        "title",
        "lead_org_code",
        "priority",
        "authority",
        "assigned_local_micros",
        "assigned_q",
        "due_day",
        "completed_local_micros",
        "cancelled_q",
        "assignee_code"
    };

    /** What the fold reads of an event, by position. */
    static final String[] EVENT_INPUT = {
        "source_id",
        "task_code",
        "event_id",
        "event_type",
        "occurred_local_micros",
        "occurred_q",
        "from_org_code",
        "to_org_code",
        "new_due_day"
    };

    /** What the handoffs and escalations carry of their task: its identity and its state at qe. */
    private static final String[] EVENT_TASK_COLUMNS = {
        "q",
        Mart.QUARTER,
        "source_id",
        "task_code",
        "title",
        "holder_org_code",
        "priority",
        "authority",
        "assigned_at",
        "eff_due_date"
    };

    /** A transfer or return, and the change that handed the task back to its sender (empty: none). */
    private static final StructType HANDOFF = new StructType()
            .add("event_id", DataTypes.LongType)
            .add("event_type", DataTypes.StringType)
            .add("from_org_code", DataTypes.StringType)
            .add("to_org_code", DataTypes.StringType)
            .add("occurred_local_micros", DataTypes.LongType)
            .add("came_back_q", DataTypes.IntegerType)
            .add("came_back_local_micros", DataTypes.LongType);

    private static final StructType ESCALATION = new StructType()
            .add("event_id", DataTypes.LongType)
            .add("from_org_code", DataTypes.StringType)
            .add("to_org_code", DataTypes.StringType)
            .add("occurred_local_micros", DataTypes.LongType);

    /** What the fold writes: one row per task and quarter. */
    public static final StructType FOLD_OUTPUT = new StructType()
            // The quarter's name is never null: Spark's writer then partitions by it as it is, without first copying
            // every row to turn an empty name into null.
            .add(Mart.QUARTER, DataTypes.StringType, false)
            .add("q", DataTypes.IntegerType)
            .add("source_id", DataTypes.StringType)
            .add("task_code", DataTypes.StringType)
            .add("title", DataTypes.StringType)
            .add("holder_org_code", DataTypes.StringType)
            .add("lead_org_code", DataTypes.StringType)
            .add("priority", DataTypes.StringType)
            .add("authority", DataTypes.StringType)
            .add("assigned_local_micros", DataTypes.LongType)
            .add("due_day", DataTypes.IntegerType)
            .add("eff_due_day", DataTypes.IntegerType)
            .add("extensions", DataTypes.IntegerType)
            .add("handoff_history", DataTypes.StringType)
            .add("completed_local_micros", DataTypes.LongType)
            .add("completed_by_qe", DataTypes.BooleanType)
            .add("due_in_q", DataTypes.BooleanType)
            .add("outcome", DataTypes.StringType)
            .add("strict_on_time", DataTypes.BooleanType)
            .add("days_overdue", DataTypes.IntegerType)
            .add("delay_days", DataTypes.IntegerType)
            .add("urgent_hours", DataTypes.DoubleType)
            .add("held_orgs", DataTypes.createArrayType(DataTypes.StringType))
            .add("handoffs_in_q", DataTypes.createArrayType(HANDOFF))
            .add("escalations_in_q", DataTypes.createArrayType(ESCALATION))
            .add("assignee_code", DataTypes.StringType);

    /**
     * @param tasks staged tasks ({@code Staging.tasks})
     * @param events staged events ({@code Staging.events})
     */
    public static TaskQuarterFacts build(Dataset<Row> tasks, Dataset<Row> events, QuarterRange range, TaskFold fold) {
        Dataset<Row> taskRows = tasks.filter(col("assigned_q")
                        .leq(range.last())
                        .and(col("cancelled_q").isNull().or(col("cancelled_q").gt(range.first()))))
                .withColumn("due_day", unix_date(col("due_date")))
                .select(columns(TASK_INPUT));
        Dataset<Row> eventRows = events.filter(col("event_type").isin(TaskTimeline.EVENT_TYPES.toArray()))
                .withColumn("new_due_day", unix_date(col("new_due_date")))
                .select(columns(EVENT_INPUT));
        Dataset<Row> facts = fold.keep(fold.fold(taskRows, eventRows, range)
                // The mart's columns first, in its order: the engine's cache then hands them to the mart's scan in
                // place instead of copying them out.
                .select(
                        col(Mart.QUARTER),
                        col("source_id"),
                        col("task_code"),
                        col("title"),
                        col("holder_org_code"),
                        col("lead_org_code"),
                        col("priority"),
                        col("authority"),
                        instant(col("assigned_local_micros")).as("assigned_at"),
                        date_from_unix_date(col("due_day")).as("due_date"),
                        date_from_unix_date(col("eff_due_day")).as("eff_due_date"),
                        col("extensions"),
                        col("handoff_history"),
                        instant(col("completed_local_micros")).as("completed_at"),
                        col("outcome"),
                        col("days_overdue"),
                        col("delay_days"),
                        col("q"),
                        quarterEnd(col("q")).as("qe"),
                        col("completed_by_qe"),
                        col("due_in_q"),
                        col("strict_on_time"),
                        col("urgent_hours"),
                        col("held_orgs"),
                        col("handoffs_in_q"),
                        col("escalations_in_q"),
                        col("assignee_code")));
        return new TaskQuarterFacts(
                facts,
                facts.select(col("q"), explode(col("held_orgs")).as("org_code"), col("authority")),
                eventsOfQuarter(facts, "handoffs_in_q"),
                eventsOfQuarter(facts, "escalations_in_q"));
    }

    /** One row per element of the facts' array {@code events} of q, beside the task's identity and state at qe. */
    private static Dataset<Row> eventsOfQuarter(Dataset<Row> facts, String events) {
        Column[] exploded = Stream.concat(
                        Arrays.stream(columns(EVENT_TASK_COLUMNS)),
                        Stream.of(explode(col(events)).as("e")))
                .toArray(Column[]::new);
        Column[] flat = Stream.concat(
                        Arrays.stream(columns(EVENT_TASK_COLUMNS)),
                        Stream.of(
                                col("e.*"),
                                instant(col("e.occurred_local_micros")).as("occurred_at")))
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

package vn.kyluat.analytics.intermediate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_from_unix_date;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.unix_date;
import static vn.kyluat.analytics.staging.LocalTimes.instant;
import static vn.kyluat.analytics.staging.LocalTimes.quarterEnd;

import java.util.Arrays;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.classic.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import vn.kyluat.contract.Mart;

/**
 * The state of every task as of every quarter's end (DESIGN.md), computed by {@link TaskTimeline}
 * from each task and its events, and what every task metric reads:
 *
 * <ul>
 *   <li>{@code facts}: one row per task and quarter (quarter, q, qe, task columns, holder_org_code,
 *       eff_due_date, extensions, completed_by_qe, due_in_q, outcome, strict_on_time, days_overdue,
 *       delay_days, urgent_hours, the arrays held_orgs, handoffs_in_q and escalated_by, and assignee_code);
 *   <li>{@code heldTasks}: (q, org_code, authority) for each unit that held the task open during q;
 *   <li>{@code handoffs}: (q, event_type, from_org_code, came_back_q) for each transfer and return of q;
 *   <li>{@code escalations}: (q, from_org_code, authority) for each escalation of q.
 * </ul>
 *
 * Tasks and their events meet in partitions hashed by task, each task's events found by key. Only
 * the facts are persisted: the units that held, handed off and escalated a task in q are arrays in its
 * row, exploded by the three other tables, so what is kept is one row per task and quarter.
 */
public record TaskQuarterFacts(Dataset<Row> facts, Dataset<Row> heldTasks, Dataset<Row> handoffs,
    Dataset<Row> escalations) {

  /** What the fold reads of a task, by position ({@link TaskTimelineRows}). */
  static final String[] TASK_INPUT = {
      "source_id", "task_code", "title", "lead_org_code", "priority", "authority", "assigned_lus", "assigned_q",
      "due_day", "completed_lus", "cancelled_q", "assignee_code"};

  /** What the fold reads of an event, by position. */
  static final String[] EVENT_INPUT = {
      "source_id", "task_code", "event_id", "event_type", "occurred_lus", "occurred_q", "from_org_code", "to_org_code",
      "new_due_day"};

  private static final StructType HANDOFF = new StructType()
      .add("event_type", DataTypes.StringType)
      .add("from_org_code", DataTypes.StringType)
      .add("came_back_q", DataTypes.IntegerType);

  /** What the fold writes: one row per task and quarter. */
  private static final StructType FOLD_OUTPUT = new StructType()
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
      .add("assigned_lus", DataTypes.LongType)
      .add("due_day", DataTypes.IntegerType)
      .add("eff_due_day", DataTypes.IntegerType)
      .add("extensions", DataTypes.IntegerType)
      .add("completed_lus", DataTypes.LongType)
      .add("completed_by_qe", DataTypes.BooleanType)
      .add("due_in_q", DataTypes.BooleanType)
      .add("outcome", DataTypes.StringType)
      .add("strict_on_time", DataTypes.BooleanType)
      .add("days_overdue", DataTypes.IntegerType)
      .add("delay_days", DataTypes.IntegerType)
      .add("urgent_hours", DataTypes.DoubleType)
      .add("held_orgs", DataTypes.createArrayType(DataTypes.StringType))
      .add("handoffs_in_q", DataTypes.createArrayType(HANDOFF))
      .add("escalated_by", DataTypes.createArrayType(DataTypes.StringType))
      .add("assignee_code", DataTypes.StringType);

  /**
   * @param tasks staged tasks ({@code Staging.tasks})
   * @param events staged events ({@code Staging.events})
   */
  public static TaskQuarterFacts build(Dataset<Row> tasks, Dataset<Row> events, QuarterRange range) {
    Dataset<Row> taskRows = tasks
        .filter(col("assigned_q").leq(range.last()).and(col("cancelled_q").isNull().or(col("cancelled_q").gt(range.first()))))
        .withColumn("due_day", unix_date(col("due_date")))
        .select(columns(TASK_INPUT));
    Dataset<Row> eventRows = events
        .filter(col("event_type").isin(TaskTimeline.EVENT_TYPES.toArray()))
        .withColumn("new_due_day", unix_date(col("new_due_date")))
        .select(columns(EVENT_INPUT));
    // Tasks and events are hashed by task into the same number of partitions, so partition i of one holds
    // exactly the tasks whose events are in partition i of the other; the fold then looks each task's events
    // up instead of sorting both. The number is explicit, so adaptive execution keeps it.
    int partitions = Integer.parseInt(tasks.sparkSession().conf().get("spark.sql.shuffle.partitions"));
    // Spark's internal rows in and out (see TaskTimelineRows); under adaptive execution, asking for them runs
    // the shuffles at once.
    JavaRDD<InternalRow> folded = internalRows(taskRows.repartition(partitions, col("source_id"), col("task_code")))
        .zipPartitions(internalRows(eventRows.repartition(partitions, col("source_id"), col("task_code"))),
            (taskPart, eventPart) -> TaskTimelineRows.fold(taskPart, eventPart, range));
    Dataset<Row> facts = ((SparkSession) tasks.sparkSession()).internalCreateDataFrame(folded.rdd(), FOLD_OUTPUT, false)
        // The mart's columns first, in its order: the cache then hands them to the mart's scan in place instead
        // of copying them out (PackedRowSerializer).
        .select(
            col(Mart.QUARTER), col("source_id"), col("task_code"), col("title"),
            col("holder_org_code"), col("lead_org_code"), col("priority"), col("authority"),
            instant(col("assigned_lus")).as("assigned_at"), date_from_unix_date(col("due_day")).as("due_date"),
            date_from_unix_date(col("eff_due_day")).as("eff_due_date"), col("extensions"),
            instant(col("completed_lus")).as("completed_at"), col("outcome"), col("days_overdue"), col("delay_days"),
            col("q"), quarterEnd(col("q")).as("qe"), col("completed_by_qe"), col("due_in_q"), col("strict_on_time"),
            col("urgent_hours"), col("held_orgs"), col("handoffs_in_q"), col("escalated_by"), col("assignee_code"))
        .persist(StorageLevel.MEMORY_AND_DISK());
    return new TaskQuarterFacts(
        facts,
        facts.select(col("q"), explode(col("held_orgs")).as("org_code"), col("authority")),
        facts.select(col("q"), explode(col("handoffs_in_q")).as("h")).select(col("q"), col("h.*")),
        facts.select(col("q"), explode(col("escalated_by")).as("from_org_code"), col("authority")));
  }

  /** Mart task_quarter_facts: the drill-down behind every figure, exactly the mart's columns. */
  public Dataset<Row> toMart() {
    return facts.select(columns(Mart.TASK_QUARTER_FACTS.columns().toArray(String[]::new)));
  }

  private static JavaRDD<InternalRow> internalRows(Dataset<Row> rows) {
    return rows.queryExecution().toRdd().toJavaRDD();
  }

  private static Column[] columns(String... names) {
    return Arrays.stream(names).map(functions::col).toArray(Column[]::new);
  }
}

package vn.kyluat.analytics.intermediate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_from_unix_date;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.unix_date;
import static org.apache.spark.sql.functions.xxhash64;
import static vn.kyluat.analytics.staging.LocalTimes.instant;
import static vn.kyluat.analytics.staging.LocalTimes.quarterEnd;
import static vn.kyluat.analytics.staging.LocalTimes.quarterName;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import vn.kyluat.analytics.intermediate.TaskTimeline.Event;
import vn.kyluat.analytics.intermediate.TaskTimeline.QuarterState;
import vn.kyluat.analytics.intermediate.TaskTimeline.Task;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;
import vn.kyluat.contract.Mart;

/**
 * The state of every task as of every quarter's end (DESIGN.md), computed by {@link TaskTimeline}
 * from each task and its events, and what every task metric reads:
 *
 * <ul>
 *   <li>{@code facts}: one row per task and quarter (q, qe, task columns, holder_org_code,
 *       eff_due_date, extensions, completed_by_qe, due_in_q, outcome, strict_on_time, days_overdue,
 *       delay_days, urgent_hours, and the arrays held_orgs, handoffs_in_q and escalated_by);
 *   <li>{@code heldTasks}: (q, org_code, authority) for each unit that held the task open during q;
 *   <li>{@code handoffs}: (q, event_type, from_org_code, came_back_q) for each transfer and return of q;
 *   <li>{@code escalations}: (q, from_org_code, authority) for each escalation of q.
 * </ul>
 *
 * Tasks and their events meet in one shuffle, sorted so that each task arrives with its events. Only
 * the facts are persisted: the units that held, handed off and escalated a task in q are arrays in its
 * row, exploded by the three other tables, so the cache holds one row per task and quarter.
 */
public record TaskQuarterFacts(Dataset<Row> facts, Dataset<Row> heldTasks, Dataset<Row> handoffs,
    Dataset<Row> escalations) {

  /** What {@link #fold} reads, by position: a task row (is_event false) followed by its events. */
  private static final String[] FOLD_INPUT = {
      "source_id", "task_code", "is_event", "title", "lead_org_code", "priority", "authority", "assigned_lus",
      "assigned_q", "due_day", "completed_lus", "cancelled_q", "event_id", "event_type", "occurred_lus", "occurred_q",
      "from_org_code", "to_org_code", "new_due_day"};

  private static final Seq<Object> EMPTY = CollectionConverters.asScala(List.of()).toSeq();

  private static final StructType HANDOFF = new StructType()
      .add("event_type", DataTypes.StringType)
      .add("from_org_code", DataTypes.StringType)
      .add("came_back_q", DataTypes.IntegerType);

  /** What {@link #fold} writes: one row per task and quarter. */
  private static final StructType FOLD_OUTPUT = new StructType()
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
      .add("escalated_by", DataTypes.createArrayType(DataTypes.StringType));

  /**
   * @param tasks staged tasks ({@code Staging.tasks})
   * @param events staged events ({@code Staging.events})
   */
  public static TaskQuarterFacts build(Dataset<Row> tasks, Dataset<Row> events, QuarterRange range) {
    Dataset<Row> taskRows = tasks
        .filter(col("assigned_q").leq(range.last()).and(col("cancelled_q").isNull().or(col("cancelled_q").gt(range.first()))))
        .withColumn("is_event", lit(false))
        .withColumn("due_day", unix_date(col("due_date")));
    Dataset<Row> eventRows = events
        .filter(col("event_type").isin(TaskTimeline.EVENT_TYPES.toArray()))
        .withColumn("is_event", lit(true))
        .withColumn("new_due_day", unix_date(col("new_due_date")));
    Column taskKey = xxhash64(col("source_id"), col("task_code"));
    Dataset<Row> facts = taskRows.unionByName(eventRows, true)
        .select(columns(FOLD_INPUT))
        .repartition(taskKey)
        .sortWithinPartitions(taskKey, col("source_id"), col("task_code"), col("is_event"), col("occurred_lus"),
            col("event_id"))
        .mapPartitions((MapPartitionsFunction<Row, Row>) rows -> fold(rows, range), Encoders.row(FOLD_OUTPUT))
        .select(
            col("q"), quarterEnd(col("q")).as("qe"), col("source_id"), col("task_code"), col("title"),
            col("holder_org_code"), col("lead_org_code"), col("priority"), col("authority"),
            instant(col("assigned_lus")).as("assigned_at"), date_from_unix_date(col("due_day")).as("due_date"),
            date_from_unix_date(col("eff_due_day")).as("eff_due_date"), col("extensions"),
            instant(col("completed_lus")).as("completed_at"), col("completed_by_qe"), col("due_in_q"), col("outcome"),
            col("strict_on_time"), col("days_overdue"), col("delay_days"), col("urgent_hours"), col("held_orgs"),
            col("handoffs_in_q"), col("escalated_by"))
        .persist(StorageLevel.MEMORY_AND_DISK());
    return new TaskQuarterFacts(
        facts,
        facts.select(col("q"), explode(col("held_orgs")).as("org_code"), col("authority")),
        facts.select(col("q"), explode(col("handoffs_in_q")).as("h")).select(col("q"), col("h.*")),
        facts.select(col("q"), explode(col("escalated_by")).as("from_org_code"), col("authority")));
  }

  /** Mart task_quarter_facts: the drill-down behind every figure, exactly the mart's columns. */
  public Dataset<Row> toMart() {
    return facts
        .withColumn(Mart.QUARTER, quarterName(col("q")))
        .select(columns(Mart.TASK_QUARTER_FACTS.columns().toArray(String[]::new)));
  }

  private static Column[] columns(String... names) {
    return Arrays.stream(names).map(functions::col).toArray(Column[]::new);
  }

  /** Walks rows sorted by task, each task row followed by its events, and folds each task. */
  private static Iterator<Row> fold(Iterator<Row> rows, QuarterRange range) {
    return new Iterator<>() {
      private final List<Row> pending = new ArrayList<>();
      private int next;
      private Row lookahead = rows.hasNext() ? rows.next() : null;

      @Override
      public boolean hasNext() {
        while (next == pending.size() && lookahead != null) {
          pending.clear();
          next = 0;
          foldNextTask(pending);
        }
        return next < pending.size();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return pending.get(next++);
      }

      /** Reads one task's rows (events without their task are skipped) and writes its output rows. */
      private void foldNextTask(List<Row> out) {
        Row first = lookahead;
        List<Event> events = new ArrayList<>();
        lookahead = null;
        while (rows.hasNext()) {
          Row row = rows.next();
          if (!sameTask(first, row)) {
            lookahead = row;
            break;
          }
          events.add(event(row));
        }
        if (!first.getBoolean(2)) {
          write(first, TaskTimeline.quarters(task(first), events, range), out);
        }
      }
    };
  }

  private static boolean sameTask(Row a, Row b) {
    return a.getString(1).equals(b.getString(1)) && a.getString(0).equals(b.getString(0));
  }

  private static Task task(Row r) {
    return new Task(r.getString(4), r.getString(5), r.getLong(7), r.getInt(8), r.getInt(9),
        r.isNullAt(10) ? null : r.getLong(10), r.isNullAt(11) ? null : r.getInt(11));
  }

  private static Event event(Row r) {
    return new Event(r.getLong(12), r.getString(13), r.getLong(14), r.getInt(15), r.getString(16), r.getString(17),
        r.isNullAt(18) ? null : r.getInt(18));
  }

  private static void write(Row task, List<QuarterState> states, List<Row> out) {
    Object completedLus = task.get(10);
    for (QuarterState s : states) {
      out.add(RowFactory.create(s.q(), task.getString(0), task.getString(1), task.getString(3), s.holder(),
          task.getString(4), task.getString(5), task.getString(6), task.getLong(7), task.getInt(9), s.effDueDay(),
          s.extensions(), completedLus, s.completedByQe(), s.dueInQ(), s.outcome(), s.strictOnTime(),
          s.daysOverdue(), s.delayDays(), s.urgentHours(), seq(s.heldOrgs()),
          seq(s.handoffs().stream().map(h -> RowFactory.create(h.type(), h.fromOrg(), h.cameBackQ())).toList()),
          seq(s.escalatedBy())));
    }
  }

  /** Array columns take Scala sequences; most are empty, and share one. */
  @SuppressWarnings("unchecked")
  private static <T> Seq<T> seq(List<T> values) {
    return values.isEmpty() ? (Seq<T>) EMPTY : CollectionConverters.asScala(values).toSeq();
  }
}

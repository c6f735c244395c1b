package vn.kyluat.analytics.intermediate;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_max;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.try_element_at;
import static org.apache.spark.sql.functions.when;
import static vn.kyluat.analytics.staging.LocalTimes.hoursBetween;
import static vn.kyluat.analytics.staging.LocalTimes.quarterEnd;
import static vn.kyluat.analytics.staging.LocalTimes.quarterIndex;
import static vn.kyluat.analytics.staging.LocalTimes.quarterName;
import static vn.kyluat.analytics.staging.LocalTimes.quarterStart;
import static vn.kyluat.analytics.staging.LocalTimes.startOfDayMicros;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import vn.kyluat.contract.Mart;

/**
 * The state of each task as of each quarter's end (DESIGN.md): one row per task and quarter q from
 * the quarter it was assigned in to its completion quarter, or on to the quarter of its latest due
 * date when completed early (it still counts where it was due). Quarters at or after its
 * cancellation are left out. Only facts before qe enter q's row: every event is
 * compared by quarter index, {@code occurred_q <= q} being {@code occurred_at < qe 00:00 local}.
 */
public final class TaskQuarterFacts {
  public static final String ON_TIME = "on_time";
  public static final String LATE = "late";
  public static final String OVERDUE_OPEN = "overdue_open";
  public static final String BACKLOG = "backlog";
  public static final String NOT_DUE = "not_due";

  /** What the metrics and marts read; the task's event arrays are left behind (the facts are persisted). */
  private static final String[] COLUMNS = {
      "q", "qe", "source_id", "task_code", "title", "holder_org_code", "lead_org_code", "priority", "authority",
      "assigned_at", "due_date", "eff_due_date", "extensions", "completed_at", "completed_by_qe", "due_in_q",
      "outcome", "strict_on_time", "days_overdue", "delay_days", "urgent_hours", "held_orgs", "handoffs_in_q",
      "escalations_in_q"};

  private TaskQuarterFacts() {}

  public static Dataset<Row> build(Dataset<Row> histories, QuarterRange range) {
    return histories
        .transform(h -> withQuarters(h, range))
        .transform(TaskQuarterFacts::withStateAtQuarterEnd)
        .transform(TaskQuarterFacts::withOutcome)
        .select(Arrays.stream(COLUMNS).map(functions::col).toArray(Column[]::new));
  }

  /** Mart task_quarter_facts: the drill-down behind every figure, exactly the mart's columns. */
  public static Dataset<Row> toMart(Dataset<Row> facts) {
    return facts
        .withColumn(Mart.QUARTER, quarterName(col("q")))
        .select(Mart.TASK_QUARTER_FACTS.columns().stream().map(functions::col).toArray(Column[]::new));
  }

  /** Explodes each task into the quarters it may figure in, within the computed range. */
  static Dataset<Row> withQuarters(Dataset<Row> histories, QuarterRange range) {
    Column lastDueQ = greatest(col("due_q"), quarterIndex(col("last_extended_due")));
    Column firstQ = greatest(col("assigned_q"), lit(range.first()));
    Column lastQ = least(
        lit(range.last()),
        coalesce(col("cancelled_q").minus(1), lit(range.last())),
        greatest(coalesce(col("completed_q"), lit(range.last())), lastDueQ));
    return histories
        .withColumn("last_extended_due", array_max(transform(col("extension_events"), e -> e.getField("new_due_date"))))
        .withColumns(Map.of("first_q", firstQ, "last_q", lastQ))
        .filter(col("first_q").leq(col("last_q")))
        .withColumn("q", explode(sequence(col("first_q"), col("last_q"))))
        .drop("first_q", "last_q", "last_extended_due");
  }

  /**
   * Holder at qe, effective due date, extensions and completion as of qe, holders during q, and the
   * handoffs and escalations of q (a task has a row in every quarter it is open in, so none is lost;
   * those of a task cancelled before qe go with its row).
   */
  static Dataset<Row> withStateAtQuarterEnd(Dataset<Row> rows) {
    Column q = col("q");
    Column changesBefore = filter(col("holder_changes"), c -> c.getField("occurred_q").leq(q));
    Column extensionsBefore = filter(col("extension_events"), e -> e.getField("occurred_q").leq(q));
    Column qsLus = startOfDayMicros(quarterStart(q));
    Column qeLus = startOfDayMicros(quarterEnd(q));
    Column heldDuringQ = filter(col("holding_intervals"), i -> i.getField("held_from").lt(qeLus)
        .and(i.getField("held_to").isNull().or(i.getField("held_to").gt(qsLus))));
    Map<String, Column> state = new LinkedHashMap<>();
    state.put("qe", quarterEnd(q));
    state.put("holder_org_code", coalesce(try_element_at(changesBefore, lit(-1)).getField("to_org_code"), col("lead_org_code")));
    state.put("eff_due_date", coalesce(try_element_at(extensionsBefore, lit(-1)).getField("new_due_date"), col("due_date")));
    state.put("extensions", size(extensionsBefore));
    state.put("held_orgs", array_distinct(transform(heldDuringQ, i -> i.getField("org"))));
    state.put("completed_by_qe", coalesce(col("completed_q").leq(q), lit(false)));
    state.put("completed_in_q", coalesce(col("completed_q").equalTo(q), lit(false)));
    state.put("handoffs_in_q", filter(col("handoffs"), h -> h.getField("occurred_q").equalTo(q)));
    state.put("escalations_in_q", filter(col("escalations"), e -> e.getField("occurred_q").equalTo(q)));
    return rows.withColumns(state).withColumn("due_in_q", quarterIndex(col("eff_due_date")).equalTo(q));
  }

  /** The outcome of mart task_quarter_facts and the figures the metrics aggregate. */
  static Dataset<Row> withOutcome(Dataset<Row> rows) {
    Column completedOnTime = col("completed_by_qe").and(col("completed_date").leq(col("eff_due_date")));
    Column overdueAtQe = not(col("completed_by_qe")).and(col("eff_due_date").lt(col("qe")));
    Column lateInQ = col("completed_in_q").and(col("completed_date").gt(col("eff_due_date")));
    Map<String, Column> outcome = new LinkedHashMap<>();
    outcome.put("outcome",
        when(col("due_in_q").and(completedOnTime), lit(ON_TIME))
            .when(col("due_in_q").and(col("completed_by_qe")), lit(LATE))
            .when(col("due_in_q"), lit(OVERDUE_OPEN))
            .when(overdueAtQe, lit(BACKLOG))
            .otherwise(lit(NOT_DUE)));
    outcome.put("strict_on_time", col("completed_by_qe").and(col("completed_date").leq(col("due_date"))));
    outcome.put("days_overdue", when(overdueAtQe, datediff(col("qe"), col("eff_due_date"))));
    outcome.put("delay_days", when(lateInQ, datediff(col("completed_date"), col("eff_due_date"))));
    outcome.put("urgent_hours", when(col("completed_in_q").and(col("priority").equalTo("urgent")),
        hoursBetween(col("assigned_lus"), col("completed_lus"))));
    return rows.withColumns(outcome);
  }
}

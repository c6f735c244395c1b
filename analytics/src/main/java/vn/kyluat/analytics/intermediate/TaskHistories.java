package vn.kyluat.analytics.intermediate;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.try_element_at;
import static org.apache.spark.sql.functions.when;
import static vn.kyluat.analytics.staging.LocalTimes.localDate;
import static vn.kyluat.analytics.staging.LocalTimes.quarterIndex;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;

/**
 * One row per task with its relevant events folded into arrays sorted by (occurred_at, event_id):
 * {@code holder_changes} (transferred/returned) and {@code escalations} up to completion,
 * {@code extension_events}, and the {@code holding_intervals} (org, from, to) they imply: lead_org_code
 * from assigned_at, then each change's to_org_code; {@code to} is the next change or completed_at
 * (null while open), and its {@code handoffs}. Every later step reads a task's history from this
 * one row, so events are shuffled once.
 */
public final class TaskHistories {
  private TaskHistories() {}

  public static Dataset<Row> build(Dataset<Row> tasks, Dataset<Row> events, QuarterRange range) {
    Dataset<Row> folded = foldEvents(events);
    Dataset<Row> relevantTasks = tasks.filter(
        col("assigned_q").leq(range.last()).and(col("cancelled_q").isNull().or(col("cancelled_q").gt(range.first()))));
    return relevantTasks
        .join(folded, relevantTasks.col("source_id").equalTo(folded.col("ev_source_id"))
            .and(relevantTasks.col("task_code").equalTo(folded.col("ev_task_code"))), "left")
        .withColumn("holder_changes", untilCompletion(orEmpty(folded, "holder_changes")))
        .withColumn("extension_events", orEmpty(folded, "extension_events"))
        .withColumn("escalations", untilCompletion(orEmpty(folded, "escalations")))
        .withColumn("holders", holders())
        .withColumn("holding_intervals", holdingIntervals(col("holders")))
        .withColumn("handoffs", handoffs(col("holder_changes")))
        .drop("ev_source_id", "ev_task_code", "holders");
  }

  private static Dataset<Row> foldEvents(Dataset<Row> events) {
    Column type = col("event_type");
    return events
        .filter(type.isin("transferred", "returned", "extended", "escalated"))
        .groupBy(col("source_id").as("ev_source_id"), col("task_code").as("ev_task_code"))
        .agg(
            array_sort(collect_list(when(type.isin("transferred", "returned"), struct(
                col("occurred_lus"), col("event_id"), col("event_type"), col("occurred_q"),
                col("from_org_code"), col("to_org_code"))))).as("holder_changes"),
            array_sort(collect_list(when(type.equalTo("extended"), struct(
                col("occurred_lus"), col("event_id"), col("occurred_q"), col("new_due_date"))))).as("extension_events"),
            collect_list(when(type.equalTo("escalated"), struct(
                col("occurred_lus"), col("occurred_q"), col("from_org_code")))).as("escalations"));
  }

  /** A task without events gets empty arrays of the right element type. */
  private static Column orEmpty(Dataset<Row> folded, String column) {
    DataType type = folded.schema().apply(column).dataType();
    return coalesce(col(column), array().cast(type));
  }

  /** A completed task is neither handed on nor escalated any more: such events after completed_at are noise. */
  private static Column untilCompletion(Column events) {
    return filter(events, e -> col("completed_at").isNull().or(e.getField("occurred_lus").leq(col("completed_lus"))));
  }

  /**
   * Each transfer or return (DESIGN.md {@code handoffs}) with {@code came_back_q}: the quarter of the
   * next change that hands the task back to the unit that let it go (null if none).
   */
  private static Column handoffs(Column changes) {
    return transform(changes, (c, i) -> {
      Column backToSender = filter(changes, (x, j) -> j.gt(i).and(x.getField("to_org_code").equalTo(c.getField("from_org_code"))));
      return struct(
          c.getField("event_type").as("event_type"),
          c.getField("from_org_code").as("from_org_code"),
          c.getField("occurred_q").as("occurred_q"),
          quarterIndex(localDate(try_element_at(backToSender, lit(1)).getField("occurred_lus"))).as("came_back_q"));
    });
  }

  /** (at, org): the lead unit from assigned_at, then each change's receiver. */
  private static Column holders() {
    return concat(
        array(struct(col("assigned_lus").as("at"), col("lead_org_code").as("org"))),
        transform(col("holder_changes"), c -> struct(c.getField("occurred_lus").as("at"), c.getField("to_org_code").as("org"))));
  }

  /** Kept as its own column first so that Spark does not rebuild the holders for every element. */
  private static Column holdingIntervals(Column holders) {
    Column intervals = transform(holders, (h, i) -> struct(
        h.getField("org").as("org"),
        h.getField("at").as("held_from"),
        coalesce(try_element_at(holders, i.plus(2)).getField("at"), col("completed_lus")).as("held_to")));
    return filter(intervals, x -> x.getField("org").isNotNull()
        .and(x.getField("held_to").isNull().or(x.getField("held_from").lt(x.getField("held_to")))));
  }
}

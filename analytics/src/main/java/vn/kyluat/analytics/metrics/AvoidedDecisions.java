package vn.kyluat.analytics.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static vn.kyluat.contract.Metric.ESCALATIONS_WITHIN;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * METRICS.md §4 Avoiding decisions: escalated events in q from o (from_org_code) on tasks with
 * authority = within, taken from the task-quarter facts (so left out when the task was cancelled
 * before qe). within_authority_held comes from {@link HeldTasks}.
 */
public final class AvoidedDecisions {
  private AvoidedDecisions() {}

  /** {@code escalations}: (q, from_org_code, authority), one row per escalation of q. */
  public static Dataset<Row> escalationsWithin(Dataset<Row> escalations) {
    return escalations
        .filter(col("authority").equalTo("within").and(col("from_org_code").isNotNull()))
        .withColumnRenamed("from_org_code", "org_code")
        .groupBy(col("q"), col("org_code"))
        .agg(count(lit(1)).as(ESCALATIONS_WITHIN.column()));
  }
}

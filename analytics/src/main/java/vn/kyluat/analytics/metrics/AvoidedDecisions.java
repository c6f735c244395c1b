package vn.kyluat.analytics.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
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

  public static Dataset<Row> escalationsWithin(Dataset<Row> facts) {
    return facts
        .filter(col("authority").equalTo("within"))
        .select(col("q"), explode(col("escalations_in_q")).as("e"))
        .select(col("q"), col("e.from_org_code").as("org_code"))
        .filter(col("org_code").isNotNull())
        .groupBy(col("q"), col("org_code"))
        .agg(count(lit(1)).as(ESCALATIONS_WITHIN.column()));
  }
}

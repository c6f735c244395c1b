package vn.kyluat.analytics.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static vn.kyluat.contract.Metric.ESCALATIONS_WITHIN;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.kyluat.analytics.intermediate.QuarterRange;

/**
 * METRICS.md §4 Avoiding decisions: escalated events in q from o (from_org_code) on tasks with
 * authority = within, left out when the task was cancelled before qe. within_authority_held comes
 * from {@link HeldTasks}.
 */
public final class AvoidedDecisions {
  private AvoidedDecisions() {}

  public static Dataset<Row> escalationsWithin(Dataset<Row> histories, QuarterRange range) {
    return histories
        .filter(col("authority").equalTo("within"))
        .select(col("cancelled_q"), explode(col("escalations")).as("e"))
        .select(col("cancelled_q"), col("e.occurred_q").as("q"), col("e.from_org_code").as("org_code"))
        .filter(range.contains(col("q")).and(col("org_code").isNotNull())
            .and(col("cancelled_q").isNull().or(col("cancelled_q").gt(col("q")))))
        .groupBy(col("q"), col("org_code"))
        .agg(count(lit(1)).as(ESCALATIONS_WITHIN.column()));
  }
}

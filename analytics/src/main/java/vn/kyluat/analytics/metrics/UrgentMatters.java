package vn.kyluat.analytics.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static vn.kyluat.contract.Metric.URGENT_DONE;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * METRICS.md §4 Urgent matters: urgent tasks held by o at qe and completed in [qs, qe), with
 * completed_at − assigned_at in hours. One row per task: the median is taken after the roll-up.
 */
public final class UrgentMatters {
  public static final String URGENT_HOURS = "urgent_hours";

  private UrgentMatters() {}

  public static Dataset<Row> byHolder(Dataset<Row> facts) {
    return HolderFacts.heldAtQuarterEnd(facts)
        .filter(col("urgent_hours").isNotNull())
        .select(col("q"), col("org_code"), lit(1L).as(URGENT_DONE.column()), col("urgent_hours").as(URGENT_HOURS));
  }
}

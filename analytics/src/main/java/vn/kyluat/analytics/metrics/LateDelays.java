package vn.kyluat.analytics.metrics;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * METRICS.md §4 late_delay_*: tasks held by o at qe, completed in [qs, qe) after eff_due, with
 * date(completed_at) − eff_due in days. One row per task: percentiles are taken after the roll-up.
 */
public final class LateDelays {
  public static final String LATE_DELAY_DAYS = "late_delay_days";

  private LateDelays() {}

  public static Dataset<Row> byHolder(Dataset<Row> facts) {
    return HolderFacts.heldAtQuarterEnd(facts)
        .filter(col("delay_days").isNotNull())
        .select(col("q"), col("org_code"), col("delay_days").cast("double").as(LATE_DELAY_DAYS));
  }
}

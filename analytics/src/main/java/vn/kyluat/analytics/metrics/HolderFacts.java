package vn.kyluat.analytics.metrics;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The task-quarter facts a unit answers for: those it holds at qe, keyed by (q, org_code). */
final class HolderFacts {
  private HolderFacts() {}

  /** Rows of tasks held by some unit at qe, with org_code = that holder. */
  static Dataset<Row> heldAtQuarterEnd(Dataset<Row> facts) {
    return facts.filter(col("holder_org_code").isNotNull()).withColumn("org_code", col("holder_org_code"));
  }

  /** D of METRICS.md §4: held at qe, eff_due in [qs, qe). */
  static Dataset<Row> dueInQuarter(Dataset<Row> facts) {
    return heldAtQuarterEnd(facts).filter(col("due_in_q"));
  }
}

package vn.kyluat.analytics.metrics;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count_if;
import static org.apache.spark.sql.functions.not;
import static vn.kyluat.analytics.staging.LocalTimes.quarterIndex;
import static vn.kyluat.contract.Metric.FINDINGS_DUE;
import static vn.kyluat.contract.Metric.FINDINGS_OPEN_OVERDUE;
import static vn.kyluat.contract.Metric.FINDINGS_REMEDIED_ON_TIME;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * METRICS.md §4 Remedying findings, over findings with org_code = o that were found before qe:
 * due in q, of those remedied on or before the remedy date (and before qe), and open overdue at qe
 * whatever quarter they were due in.
 */
public final class Findings {
  private Findings() {}

  /** {@code quarters}: one row per computed quarter (q, qe). */
  public static Dataset<Row> byOrg(Dataset<Row> findings, Dataset<Row> quarters) {
    Column qe = col("qe");
    Column due = col("remedy_due_date");
    Column remediedBeforeQe = col("remedied_at").isNotNull().and(col("remedied_at").lt(qe));
    Column dueInQ = quarterIndex(due).equalTo(col("q"));
    return findings
        .crossJoin(broadcast(quarters.select("q", "qe")))
        .filter(col("found_at").lt(qe))
        .groupBy(col("q"), col("org_code"))
        .agg(
            count_if(dueInQ).as(FINDINGS_DUE.column()),
            count_if(dueInQ.and(remediedBeforeQe).and(col("remedied_at").leq(due))).as(FINDINGS_REMEDIED_ON_TIME.column()),
            count_if(due.lt(qe).and(not(remediedBeforeQe))).as(FINDINGS_OPEN_OVERDUE.column()));
  }
}

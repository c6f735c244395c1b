package vn.kyluat.analytics.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count_if;
import static vn.kyluat.contract.Metric.RETURNS_OUT;
import static vn.kyluat.contract.Metric.REVERSED_TRANSFERS;
import static vn.kyluat.contract.Metric.TRANSFERS_OUT;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * METRICS.md §4 Buck-passing, from the handoffs: transfers and returns in q with from_org_code = o;
 * reversed_transfers, the transfers of q after which the task was handed back to o before qe.
 */
public final class BuckPassing {
  private BuckPassing() {}

  public static Dataset<Row> bySender(Dataset<Row> handoffs) {
    Column transfer = col("event_type").equalTo("transferred");
    return handoffs
        .filter(col("from_org_code").isNotNull())
        .groupBy(col("q"), col("from_org_code").as("org_code"))
        .agg(
            count_if(transfer).as(TRANSFERS_OUT.column()),
            count_if(col("event_type").equalTo("returned")).as(RETURNS_OUT.column()),
            count_if(transfer.and(col("came_back_q").leq(col("q")))).as(REVERSED_TRANSFERS.column()));
  }
}

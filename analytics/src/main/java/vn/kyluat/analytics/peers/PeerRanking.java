package vn.kyluat.analytics.peers;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.rank;
import static vn.kyluat.contract.Metric.PEER_GROUP;
import static vn.kyluat.contract.Metric.PEER_RANK;
import static vn.kyluat.contract.Metric.RESPONSIBILITY_INDEX;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import vn.kyluat.analytics.intermediate.QuarterRange;
import vn.kyluat.contract.Mart;

/**
 * docs/metrics.md peer_rank. The contract does not say what is ranked; we rank by
 * responsibility_index, the one figure meant for comparison, highest first (1 = best); equal
 * indexes share the lower rank (1, 2, 2, 4, SQL rank()); units without an index come last.
 */
public final class PeerRanking {
    private PeerRanking() {}

    public static Dataset<Row> withRank(Dataset<Row> rows) {
        return rows.withColumn(
                PEER_RANK.column(),
                rank().over(Window.partitionBy(col(QuarterRange.Q), col(Mart.SCOPE), col(PEER_GROUP.column()))
                        .orderBy(col(RESPONSIBILITY_INDEX.column()).desc_nulls_last())));
    }
}

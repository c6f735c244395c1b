package vn.kyluat.analytics.peers;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.try_divide;
import static org.apache.spark.sql.functions.when;
import static vn.kyluat.contract.Metric.DONE_ON_TIME;
import static vn.kyluat.contract.Metric.FUNNEL_FLAG;
import static vn.kyluat.contract.Metric.ON_TIME_CI_HIGH;
import static vn.kyluat.contract.Metric.ON_TIME_CI_LOW;
import static vn.kyluat.contract.Metric.ON_TIME_RATE;
import static vn.kyluat.contract.Metric.PEER_COUNT;
import static vn.kyluat.contract.Metric.PEER_GROUP;
import static vn.kyluat.contract.Metric.PEER_POOLED_ON_TIME_RATE;
import static vn.kyluat.contract.Metric.SHRUNK_ON_TIME_RATE;
import static vn.kyluat.contract.Metric.TASKS_DUE;

import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import vn.kyluat.analytics.metrics.Rates;

/**
 * METRICS.md §5 fair comparison: the peer group (same kind under the same parent, written
 * {@code <parent_code>/<kind>}; the root's is {@code /<kind>}), the group's pooled on-time rate p,
 * the on-time rate shrunk towards p, its Wilson 95 % interval and the funnel-plot flag (outside
 * p ± 3 standard errors). Rows are compared within (quarter, scope); own rows are blanked later.
 */
public final class PeerComparison {
    public static final double Z_95 = 1.96;
    public static final double FUNNEL_SIGMAS = 3;
    public static final String BELOW = "below";
    private static final String ABOVE = "above";
    private static final String POOLED_RATE = PEER_POOLED_ON_TIME_RATE.column();

    private PeerComparison() {}

    public static Dataset<Row> withPeerStatistics(Dataset<Row> rows, double shrinkageM) {
        WindowSpec group = Window.partitionBy(col("q"), col("scope"), col(PEER_GROUP.column()));
        Column n = col(TASKS_DUE.column());
        Column p = col(POOLED_RATE);
        return rows.withColumn(
                        PEER_GROUP.column(), concat(coalesce(col("parent_code"), lit("")), lit("/"), col("org_kind")))
                .withColumns(Map.of(
                        PEER_COUNT.column(),
                        count(lit(1)).over(group),
                        POOLED_RATE,
                        Rates.rate(sum(col(DONE_ON_TIME.column())).over(group), sum(n).over(group))))
                .withColumns(Map.of(
                        SHRUNK_ON_TIME_RATE.column(),
                        try_divide(col(DONE_ON_TIME.column()).plus(p.multiply(shrinkageM)), n.plus(shrinkageM)),
                        ON_TIME_CI_LOW.column(),
                        wilson(col(ON_TIME_RATE.column()), n, -1),
                        ON_TIME_CI_HIGH.column(),
                        wilson(col(ON_TIME_RATE.column()), n, +1),
                        FUNNEL_FLAG.column(),
                        funnelFlag(col(ON_TIME_RATE.column()), n, p)));
    }

    // try_divide: Spark may evaluate a division shared by several branches before the n > 0 guard.

    /**
     * Wilson score interval bound (sign −1 low, +1 high) of a rate over n; null when n = 0. Clamped to
     * [0, 1]: at a rate of 0 or 1 the bound is exactly 0 or 1 on paper but rounds to ±1e-17 or so.
     */
    static Column wilson(Column rate, Column n, int sign) {
        double z2 = Z_95 * Z_95;
        Column denominator = lit(1.0).plus(try_divide(lit(z2), n));
        Column centre = rate.plus(try_divide(lit(z2), n.multiply(2)));
        Column half = lit(Z_95)
                .multiply(sqrt(try_divide(rate.multiply(lit(1.0).minus(rate)), n)
                        .plus(try_divide(lit(z2), n.multiply(n).multiply(4)))));
        return when(
                n.gt(0),
                greatest(
                        lit(0.0),
                        least(lit(1.0), centre.plus(half.multiply(sign)).divide(denominator))));
    }

    /** below / above when the rate lies outside p ± 3·sqrt(p(1−p)/n); null inside or when undefined. */
    static Column funnelFlag(Column rate, Column n, Column p) {
        Column limit = lit(FUNNEL_SIGMAS).multiply(sqrt(try_divide(p.multiply(lit(1.0).minus(p)), n)));
        return when(n.gt(0).and(rate.lt(p.minus(limit))), lit(BELOW))
                .when(n.gt(0).and(rate.gt(p.plus(limit))), lit(ABOVE));
    }
}

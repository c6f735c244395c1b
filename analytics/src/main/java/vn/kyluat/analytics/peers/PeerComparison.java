package vn.kyluat.analytics.peers;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.try_divide;
import static org.apache.spark.sql.functions.udf;
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
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import vn.kyluat.analytics.intermediate.QuarterRange;
import vn.kyluat.analytics.metrics.Rates;
import vn.kyluat.contract.Mart;
import vn.kyluat.contract.PeerStatistics;

/**
 * docs/metrics.md fair comparison: the peer group (same kind under the same parent, written
 * {@code <parent_code>/<kind>}; the root's is {@code /<kind>}), the group's pooled on-time rate p,
 * the on-time rate shrunk towards p, its Wilson 95 % interval and the funnel-plot flag (outside
 * p ± 3 standard errors), the last two by contract's {@link PeerStatistics}. Rows are compared within (quarter, scope); own rows are blanked later.
 */
public final class PeerComparison {
    private static final String POOLED_RATE = PEER_POOLED_ON_TIME_RATE.column();
    private static final UserDefinedFunction WILSON_LOW = udf(
            (UDF2<Number, Number, Double>)
                    (rate, n) -> defined(rate, n) ? PeerStatistics.wilsonLow(rate.doubleValue(), n.longValue()) : null,
            DataTypes.DoubleType);
    private static final UserDefinedFunction WILSON_HIGH = udf(
            (UDF2<Number, Number, Double>)
                    (rate, n) -> defined(rate, n) ? PeerStatistics.wilsonHigh(rate.doubleValue(), n.longValue()) : null,
            DataTypes.DoubleType);
    private static final UserDefinedFunction FUNNEL_FLAG_OF = udf(
            (UDF3<Number, Number, Number, String>) (rate, n, p) -> defined(rate, n) && p != null
                    ? PeerStatistics.funnelFlag(rate.doubleValue(), n.longValue(), p.doubleValue())
                    : null,
            DataTypes.StringType);

    private PeerComparison() {}

    public static Dataset<Row> withPeerStatistics(Dataset<Row> rows, double shrinkageM) {
        WindowSpec group = Window.partitionBy(col(QuarterRange.Q), col(Mart.SCOPE), col(PEER_GROUP.column()));
        Column n = col(TASKS_DUE.column());
        Column p = col(POOLED_RATE);
        return rows.withColumn(
                        PEER_GROUP.column(),
                        concat(coalesce(col(Mart.PARENT_CODE), lit("")), lit("/"), col(Mart.ORG_KIND)))
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

    /**
     * The Wilson interval bound (sign −1 low, +1 high) of a rate over n, by {@link PeerStatistics};
     * null when n = 0.
     */
    static Column wilson(Column rate, Column n, int sign) {
        return sign < 0 ? WILSON_LOW.apply(rate, n) : WILSON_HIGH.apply(rate, n);
    }

    /** {@link PeerStatistics#funnelFlag}: below / above outside p ± 3 standard errors; null inside or when undefined. */
    static Column funnelFlag(Column rate, Column n, Column p) {
        return FUNNEL_FLAG_OF.apply(rate, n, p);
    }

    private static boolean defined(Number rate, Number n) {
        return rate != null && n != null && n.longValue() > 0;
    }
}

package vn.kyluat.analytics.peers;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.when;
import static vn.kyluat.contract.Metric.ON_TIME_RATE;
import static vn.kyluat.contract.Metric.QOQ_ON_TIME_CHANGE;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import vn.kyluat.analytics.intermediate.QuarterRange;
import vn.kyluat.contract.Mart;

/**
 * docs/metrics.md trend: qoq_on_time_change = on_time_rate − the previous quarter's (null when
 * either is null or the previous quarter was not computed or the unit had no row then).
 */
public final class Trend {
    private Trend() {}

    public static Dataset<Row> withTrend(Dataset<Row> rows) {
        Column rate = col(ON_TIME_RATE.column());
        return rows.withColumn(QOQ_ON_TIME_CHANGE.column(), rate.minus(previousQuarter(rate)));
    }

    /**
     * The value the same unit and scope had in the directly preceding quarter; null when that quarter
     * was not computed or the unit had no row there.
     */
    static Column previousQuarter(Column value) {
        WindowSpec history =
                Window.partitionBy(col(Mart.ORG_CODE), col(Mart.SCOPE)).orderBy(col(QuarterRange.Q));
        return when(
                lag(col(QuarterRange.Q), 1)
                        .over(history)
                        .equalTo(col(QuarterRange.Q).minus(1)),
                lag(value, 1).over(history));
    }
}

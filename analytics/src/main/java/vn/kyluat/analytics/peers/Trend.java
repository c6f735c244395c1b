package vn.kyluat.analytics.peers;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;
import static vn.kyluat.contract.Metric.BACKLOG_OVER_180;
import static vn.kyluat.contract.Metric.ON_TIME_RATE;
import static vn.kyluat.contract.Metric.QOQ_ON_TIME_CHANGE;
import static vn.kyluat.contract.Metric.WATCH;

import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * METRICS.md §5 trend: qoq_on_time_change = on_time_rate − the previous quarter's (null when
 * either is null or the previous quarter was not computed or the unit had no row then); watch =
 * on_time_rate below 0.80 in this and the previous quarter, or any backlog over 180 days.
 */
public final class Trend {
  public static final double WATCH_ON_TIME_BELOW = 0.80;

  private Trend() {}

  public static Dataset<Row> withTrend(Dataset<Row> rows) {
    WindowSpec history = Window.partitionBy(col("org_code"), col("scope")).orderBy(col("q"));
    Column rate = col(ON_TIME_RATE.column());
    Column previousRate = when(lag(col("q"), 1).over(history).equalTo(col("q").minus(1)), lag(rate, 1).over(history));
    Column lowTwice = rate.lt(WATCH_ON_TIME_BELOW).and(previousRate.lt(WATCH_ON_TIME_BELOW));
    return rows.withColumns(Map.of(
        QOQ_ON_TIME_CHANGE.column(), rate.minus(previousRate),
        WATCH.column(), coalesce(lowTwice, lit(false)).or(col(BACKLOG_OVER_180.column()).gt(0))));
  }
}

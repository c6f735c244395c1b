package vn.kyluat.analytics.peers;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;
import static vn.kyluat.contract.Metric.FINDINGS_OPEN_OVERDUE;
import static vn.kyluat.contract.Metric.FUNNEL_FLAG;
import static vn.kyluat.contract.Metric.SHRUNK_ON_TIME_RATE;
import static vn.kyluat.contract.Metric.WATCH;
import static vn.kyluat.contract.Metric.WATCH_REASONS;
import static vn.kyluat.contract.Metric.WATCH_REASON_CODES;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.kyluat.analytics.metrics.Backlog;
import vn.kyluat.contract.PeerStatistics;

/**
 * docs/metrics.md watch list, version 2: watch_reasons lists the conditions that hold, comma-separated
 * in the order of {@code Metric.WATCH_REASON_CODES} (empty when none); watch = reasons not empty. A
 * condition on a null figure does not hold; one on the previous quarter does not hold when that
 * quarter was not computed or the unit had no row there. Needs the peer columns (funnel_flag,
 * shrunk_on_time_rate).
 */
public final class WatchList {
    private WatchList() {}

    public static Dataset<Row> withWatch(Dataset<Row> rows, WatchThresholds thresholds) {
        List<Column> conditions = conditions(thresholds);
        Column[] reasons = new Column[conditions.size()];
        for (int i = 0; i < reasons.length; i++) {
            // concat_ws skips nulls: a reason that does not hold is left out.
            reasons[i] = when(coalesce(conditions.get(i), lit(false)), lit(WATCH_REASON_CODES.get(i)));
        }
        return rows.withColumn(WATCH_REASONS.column(), concat_ws(",", reasons))
                .withColumn(WATCH.column(), col(WATCH_REASONS.column()).notEqual(""));
    }

    /** One condition per reason, in the order of {@code WATCH_REASON_CODES}. */
    static List<Column> conditions(WatchThresholds thresholds) {
        Column shrunk = col(SHRUNK_ON_TIME_RATE.column());
        return List.of(
                col(FUNNEL_FLAG.column()).equalTo(PeerStatistics.BELOW),
                shrunk.lt(thresholds.lateShrunkBelow())
                        .and(Trend.previousQuarter(shrunk).lt(thresholds.lateShrunkBelow())),
                Backlog.agedShare().gt(thresholds.agedBacklogAbove()),
                col(FINDINGS_OPEN_OVERDUE.column()).geq(thresholds.findingsOverdueAtLeast()));
    }
}

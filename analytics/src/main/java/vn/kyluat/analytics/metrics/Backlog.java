package vn.kyluat.analytics.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count_if;
import static vn.kyluat.contract.Metric.BACKLOG_1_30;
import static vn.kyluat.contract.Metric.BACKLOG_31_90;
import static vn.kyluat.contract.Metric.BACKLOG_91_180;
import static vn.kyluat.contract.Metric.BACKLOG_OVERDUE;
import static vn.kyluat.contract.Metric.BACKLOG_OVER_180;
import static vn.kyluat.contract.Metric.TASKS_DUE;

import java.util.List;
import org.apache.spark.sql.Column;

/**
 * METRICS.md §4 Backlog: open tasks held by o at qe with eff_due before qe, by days_overdue =
 * qe − eff_due (due on the quarter's last day: 1), null for every other task. Counts per (q, holder at
 * qe), taken by {@link HolderFacts#counts}.
 */
public final class Backlog {
    private Backlog() {}

    /** Counts over the facts held at qe (a null days_overdue counts nowhere). */
    public static List<Column> counts() {
        Column days = col("days_overdue");
        return List.of(
                count_if(days.geq(1)).as(BACKLOG_OVERDUE.column()),
                count_if(days.between(1, 30)).as(BACKLOG_1_30.column()),
                count_if(days.between(31, 90)).as(BACKLOG_31_90.column()),
                count_if(days.between(91, 180)).as(BACKLOG_91_180.column()),
                count_if(days.gt(180)).as(BACKLOG_OVER_180.column()));
    }

    /**
     * The aged share of a unit's workload: (backlog_91_180 + backlog_over_180) / (tasks_due +
     * backlog_overdue), null when nothing was due or overdue. Read by the index and the watch list.
     */
    public static Column agedShare() {
        return Rates.rate(
                col(BACKLOG_91_180.column()).plus(col(BACKLOG_OVER_180.column())),
                col(TASKS_DUE.column()).plus(col(BACKLOG_OVERDUE.column())));
    }
}

package vn.kyluat.analytics.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count_if;
import static vn.kyluat.contract.Metric.DONE_LATE;
import static vn.kyluat.contract.Metric.DONE_ON_TIME;
import static vn.kyluat.contract.Metric.EXTENDED_TASKS;
import static vn.kyluat.contract.Metric.MULTI_EXTENDED_TASKS;
import static vn.kyluat.contract.Metric.TASKS_DUE;

import java.util.List;
import org.apache.spark.sql.Column;
import vn.kyluat.analytics.intermediate.TaskTimeline;

/**
 * METRICS.md §4 Timeliness: D = tasks held by o at qe with eff_due in [qs, qe). Counts per (q,
 * holder at qe), taken by {@link HolderFacts#counts}; the rates are taken from the summed counts in
 * {@link Rates}.
 */
public final class Timeliness {
    /** Tasks of D completed before qe on or before the original due_date (for strict_on_time_rate). */
    public static final String STRICT_DONE_ON_TIME = "strict_done_on_time";

    private Timeliness() {}

    /** Counts over the facts held at qe: each restricted to D. */
    public static List<Column> counts() {
        Column due = col("due_in_q");
        return List.of(
                count_if(due).as(TASKS_DUE.column()),
                count_if(due.and(col("outcome").equalTo(TaskTimeline.ON_TIME))).as(DONE_ON_TIME.column()),
                count_if(due.and(col("outcome").equalTo(TaskTimeline.LATE))).as(DONE_LATE.column()),
                count_if(due.and(col("strict_on_time"))).as(STRICT_DONE_ON_TIME),
                count_if(due.and(col("extensions").geq(1))).as(EXTENDED_TASKS.column()),
                count_if(due.and(col("extensions").geq(2))).as(MULTI_EXTENDED_TASKS.column()));
    }
}

package vn.kyluat.analytics.metrics;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count_if;
import static org.apache.spark.sql.functions.get;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.percentile;
import static vn.kyluat.analytics.metrics.Rates.rate;
import static vn.kyluat.contract.Metric.COMPLETION_RATE;
import static vn.kyluat.contract.Metric.DONE_LATE;
import static vn.kyluat.contract.Metric.DONE_ON_TIME;
import static vn.kyluat.contract.Metric.EXTENDED_SHARE;
import static vn.kyluat.contract.Metric.EXTENDED_TASKS;
import static vn.kyluat.contract.Metric.LATE_DELAY_MEDIAN_DAYS;
import static vn.kyluat.contract.Metric.LATE_DELAY_P90_DAYS;
import static vn.kyluat.contract.Metric.MULTI_EXTENDED_TASKS;
import static vn.kyluat.contract.Metric.ON_TIME_RATE;
import static vn.kyluat.contract.Metric.OVERDUE_OPEN;
import static vn.kyluat.contract.Metric.STRICT_ON_TIME_RATE;
import static vn.kyluat.contract.Metric.TASKS_DUE;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import vn.kyluat.analytics.intermediate.TaskQuarterFacts;
import vn.kyluat.analytics.intermediate.TaskTimeline;
import vn.kyluat.contract.Mart;

/**
 * Timeliness, defined in docs/metrics.md#timeliness-timeliness: D = the tasks held by o at qe with
 * eff_due in [qs, qe). The counts per (q, holder at qe) are taken by {@link HolderFacts#counts}; the
 * late delays are a task-level value ({@link HolderFacts#values}) whose percentiles are taken after the
 * roll-up ({@link Scopes}); the rates are taken from the summed counts.
 *
 * <pre>
 * tasks_due = |D|    overdue_open = tasks_due − done_on_time − done_late
 * on_time_rate = done_on_time / tasks_due    completion_rate = (done_on_time + done_late) / tasks_due
 * strict_on_time_rate = strict_done_on_time / tasks_due    extended_share = extended_tasks / tasks_due
 * late_delay_median_days, late_delay_p90_days = percentiles (linear) of date(completed_at) − eff_due
 * </pre>
 */
public final class Timeliness {
    /** Tasks of D completed before qe on or before the original due_date (for strict_on_time_rate). */
    public static final String STRICT_DONE_ON_TIME = "strict_done_on_time";
    /** The task-level value behind late_delay_*: date(completed_at) − eff_due in days, late tasks only. */
    public static final String LATE_DELAY_DAYS = "late_delay_days";

    private Timeliness() {}

    /** Counts over the facts held at qe: each restricted to D. */
    public static List<Column> counts() {
        Column due = col(TaskQuarterFacts.DUE_IN_Q);
        return List.of(
                count_if(due).as(TASKS_DUE.column()),
                count_if(due.and(col(Mart.OUTCOME).equalTo(TaskTimeline.ON_TIME)))
                        .as(DONE_ON_TIME.column()),
                count_if(due.and(col(Mart.OUTCOME).equalTo(TaskTimeline.LATE))).as(DONE_LATE.column()),
                count_if(due.and(col(TaskQuarterFacts.STRICT_ON_TIME))).as(STRICT_DONE_ON_TIME),
                count_if(due.and(col(Mart.EXTENSIONS).geq(1))).as(EXTENDED_TASKS.column()),
                count_if(due.and(col(Mart.EXTENSIONS).geq(2))).as(MULTI_EXTENDED_TASKS.column()));
    }

    /**
     * Tasks held by o at qe, completed in [qs, qe) after eff_due: date(completed_at) − eff_due in days
     * (delay_days of the facts, null for every other task).
     */
    public static Column lateDelay() {
        return col(Mart.DELAY_DAYS).cast("double").as(LATE_DELAY_DAYS);
    }

    /**
     * late_delay_median_days and late_delay_p90_days over the late delays gathered for a unit, each weighed
     * by {@code tasks}, the number of tasks sharing it; linear interpolation between closest ranks.
     */
    static List<Column> lateDelayPercentiles(Column tasks) {
        Column delays = percentile(col(LATE_DELAY_DAYS), array(lit(0.5), lit(0.9)), tasks);
        return List.of(
                get(delays, lit(0)).as(LATE_DELAY_MEDIAN_DAYS.column()),
                get(delays, lit(1)).as(LATE_DELAY_P90_DAYS.column()));
    }

    /** The figures derived from the (summed) counts, by column. */
    public static Map<String, Column> rates() {
        Map<String, Column> rates = new LinkedHashMap<>();
        rates.put(OVERDUE_OPEN.column(), overdueOpen());
        rates.put(ON_TIME_RATE.column(), onTimeRate());
        rates.put(COMPLETION_RATE.column(), rate(completed(), col(TASKS_DUE.column())));
        rates.put(STRICT_ON_TIME_RATE.column(), rate(col(STRICT_DONE_ON_TIME), col(TASKS_DUE.column())));
        rates.put(EXTENDED_SHARE.column(), rate(col(EXTENDED_TASKS.column()), col(TASKS_DUE.column())));
        return rates;
    }

    /** overdue_open = tasks_due − (done_on_time + done_late): the tasks of D still open at qe. */
    static Column overdueOpen() {
        return col(TASKS_DUE.column()).minus(completed());
    }

    /** on_time_rate = done_on_time / tasks_due, null when nothing was due. */
    static Column onTimeRate() {
        return rate(col(DONE_ON_TIME.column()), col(TASKS_DUE.column()));
    }

    private static Column completed() {
        return col(DONE_ON_TIME.column()).plus(col(DONE_LATE.column()));
    }
}

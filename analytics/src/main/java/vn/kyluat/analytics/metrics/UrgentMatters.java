package vn.kyluat.analytics.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count_if;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.percentile;
import static vn.kyluat.contract.Metric.URGENT_DONE;
import static vn.kyluat.contract.Metric.URGENT_MEDIAN_HOURS;

import java.util.List;
import org.apache.spark.sql.Column;
import vn.kyluat.analytics.intermediate.TaskQuarterFacts;

/**
 * Urgent matters, defined in docs/metrics.md#urgent-matters-urgentmatters: urgent tasks held by o at qe
 * and completed in [qs, qe), with completed_at − assigned_at in hours (urgent_hours, null for every other
 * task). Counted by {@link HolderFacts#counts}; the hours are a task-level value ({@link
 * HolderFacts#values}): the median is taken after the roll-up ({@link Scopes}).
 *
 * <pre>
 * urgent_done = |urgent_hours not null|
 * urgent_median_hours = median (linear interpolation) of urgent_hours
 * </pre>
 */
public final class UrgentMatters {
    public static final String URGENT_HOURS = TaskQuarterFacts.URGENT_HOURS;

    private UrgentMatters() {}

    public static List<Column> counts() {
        return List.of(count_if(col(URGENT_HOURS).isNotNull()).as(URGENT_DONE.column()));
    }

    public static Column value() {
        return col(URGENT_HOURS);
    }

    /** urgent_median_hours over the hours gathered for a unit, each weighed by {@code tasks} sharing it. */
    static Column medianHours(Column tasks) {
        return percentile(col(URGENT_HOURS), lit(0.5), tasks).as(URGENT_MEDIAN_HOURS.column());
    }
}

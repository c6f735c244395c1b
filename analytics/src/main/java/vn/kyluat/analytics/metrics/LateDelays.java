package vn.kyluat.analytics.metrics;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Column;

/**
 * METRICS.md §4 late_delay_*: tasks held by o at qe, completed in [qs, qe) after eff_due, with
 * date(completed_at) − eff_due in days (delay_days, null for every other task). A task-level value, taken by
 * {@link HolderFacts#values}: percentiles are taken after the roll-up.
 */
public final class LateDelays {
    public static final String LATE_DELAY_DAYS = "late_delay_days";

    private LateDelays() {}

    public static Column value() {
        return col("delay_days").cast("double").as(LATE_DELAY_DAYS);
    }
}

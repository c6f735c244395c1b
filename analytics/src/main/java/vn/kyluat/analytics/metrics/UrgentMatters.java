package vn.kyluat.analytics.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count_if;
import static vn.kyluat.contract.Metric.URGENT_DONE;

import java.util.List;
import org.apache.spark.sql.Column;

/**
 * METRICS.md §4 Urgent matters: urgent tasks held by o at qe and completed in [qs, qe), with
 * completed_at − assigned_at in hours (urgent_hours, null for every other task). Counted by
 * {@link HolderFacts#counts}; the hours are a task-level value ({@link HolderFacts#values}): the median is
 * taken after the roll-up.
 */
public final class UrgentMatters {
    public static final String URGENT_HOURS = "urgent_hours";

    private UrgentMatters() {}

    public static List<Column> counts() {
        return List.of(count_if(col("urgent_hours").isNotNull()).as(URGENT_DONE.column()));
    }

    public static Column value() {
        return col("urgent_hours").as(URGENT_HOURS);
    }
}

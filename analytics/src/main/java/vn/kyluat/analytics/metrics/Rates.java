package vn.kyluat.analytics.metrics;

import static org.apache.spark.sql.functions.try_divide;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;

/**
 * The arithmetic every rate shares (docs/metrics.md#organisations-and-scopes): a ratio of (summed)
 * counts, null when the denominator is 0. Each rate itself is defined by its metric family.
 */
public final class Rates {
    private Rates() {}

    /**
     * numerator / denominator as a double, null when the denominator is 0 (never NaN, never 0).
     * try_divide, not divide: Spark may hoist a shared division out of the guarding CASE WHEN.
     */
    public static Column rate(Column numerator, Column denominator) {
        return when(denominator.gt(0), try_divide(numerator.cast("double"), denominator.cast("double")));
    }
}

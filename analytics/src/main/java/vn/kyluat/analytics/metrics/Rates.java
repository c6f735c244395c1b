package vn.kyluat.analytics.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.try_divide;
import static org.apache.spark.sql.functions.when;
import static vn.kyluat.contract.Metric.BOUNCE_RATE;
import static vn.kyluat.contract.Metric.COMPLETION_RATE;
import static vn.kyluat.contract.Metric.DISCIPLINE_ACTIONS;
import static vn.kyluat.contract.Metric.DISCIPLINE_PER_100;
import static vn.kyluat.contract.Metric.DONE_LATE;
import static vn.kyluat.contract.Metric.DONE_ON_TIME;
import static vn.kyluat.contract.Metric.ESCALATIONS_WITHIN;
import static vn.kyluat.contract.Metric.ESCALATION_AVOIDANCE_RATE;
import static vn.kyluat.contract.Metric.EXTENDED_SHARE;
import static vn.kyluat.contract.Metric.EXTENDED_TASKS;
import static vn.kyluat.contract.Metric.FINDINGS_DUE;
import static vn.kyluat.contract.Metric.FINDINGS_REMEDIED_ON_TIME;
import static vn.kyluat.contract.Metric.HELD_TASKS;
import static vn.kyluat.contract.Metric.MEMBERS;
import static vn.kyluat.contract.Metric.ON_TIME_RATE;
import static vn.kyluat.contract.Metric.OVERDUE_OPEN;
import static vn.kyluat.contract.Metric.REMEDIATION_ON_TIME_RATE;
import static vn.kyluat.contract.Metric.RETURNS_OUT;
import static vn.kyluat.contract.Metric.REVERSED_TRANSFERS;
import static vn.kyluat.contract.Metric.STRICT_ON_TIME_RATE;
import static vn.kyluat.contract.Metric.TASKS_DUE;
import static vn.kyluat.contract.Metric.WITHIN_AUTHORITY_HELD;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.kyluat.contract.Metric;

/** The rates of METRICS.md §4, always from (summed) counts; a zero denominator gives null. */
public final class Rates {
    private Rates() {}

    /**
     * numerator / denominator as a double, null when the denominator is 0 (never NaN, never 0).
     * try_divide, not divide: Spark may hoist a shared division out of the guarding CASE WHEN.
     */
    public static Column rate(Column numerator, Column denominator) {
        return when(denominator.gt(0), try_divide(numerator.cast("double"), denominator.cast("double")));
    }

    public static Dataset<Row> withRates(Dataset<Row> counts) {
        Column due = c(TASKS_DUE);
        Column completed = c(DONE_ON_TIME).plus(c(DONE_LATE));
        Map<String, Column> rates = new LinkedHashMap<>();
        rates.put(OVERDUE_OPEN.column(), due.minus(completed));
        rates.put(ON_TIME_RATE.column(), rate(c(DONE_ON_TIME), due));
        rates.put(COMPLETION_RATE.column(), rate(completed, due));
        rates.put(STRICT_ON_TIME_RATE.column(), rate(col(Timeliness.STRICT_DONE_ON_TIME), due));
        rates.put(EXTENDED_SHARE.column(), rate(c(EXTENDED_TASKS), due));
        rates.put(BOUNCE_RATE.column(), rate(c(RETURNS_OUT).plus(c(REVERSED_TRANSFERS)), c(HELD_TASKS)));
        rates.put(ESCALATION_AVOIDANCE_RATE.column(), rate(c(ESCALATIONS_WITHIN), c(WITHIN_AUTHORITY_HELD)));
        rates.put(REMEDIATION_ON_TIME_RATE.column(), rate(c(FINDINGS_REMEDIED_ON_TIME), c(FINDINGS_DUE)));
        rates.put(
                DISCIPLINE_PER_100.column(),
                rate(c(DISCIPLINE_ACTIONS), c(MEMBERS)).multiply(lit(100.0)));
        return counts.withColumns(rates);
    }

    private static Column c(Metric metric) {
        return col(metric.column());
    }
}

package vn.kyluat.analytics.peers;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;
import static vn.kyluat.contract.Metric.BOUNCE_RATE;
import static vn.kyluat.contract.Metric.ESCALATION_AVOIDANCE_RATE;
import static vn.kyluat.contract.Metric.EXTENDED_SHARE;
import static vn.kyluat.contract.Metric.REMEDIATION_ON_TIME_RATE;
import static vn.kyluat.contract.Metric.RESPONSIBILITY_INDEX;
import static vn.kyluat.contract.Metric.SHRUNK_ON_TIME_RATE;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.kyluat.analytics.metrics.Backlog;
import vn.kyluat.analytics.metrics.Rates;

/**
 * docs/metrics.md responsibility_index = 100 × the weighted mean of the available components, each
 * a share where 1 is best; a null component is left out and the other weights rescaled; null when
 * no component is available. Weights are keyed as in {@code AnalyticsSettings}; a missing key
 * weighs 0.
 */
public final class ResponsibilityIndex {
    private ResponsibilityIndex() {}

    /** The components by weight key, each in [0, 1] or null. */
    static Map<String, Column> components() {
        Map<String, Column> components = new LinkedHashMap<>();
        components.put("shrunk_on_time_rate", col(SHRUNK_ON_TIME_RATE.column()));
        components.put("bounce_rate", oneMinusCapped(col(BOUNCE_RATE.column())));
        components.put("escalation_avoidance_rate", oneMinusCapped(col(ESCALATION_AVOIDANCE_RATE.column())));
        components.put("extended_share", lit(1.0).minus(col(EXTENDED_SHARE.column())));
        components.put("backlog_aged", lit(1.0).minus(Backlog.agedShare()));
        components.put("remediation_on_time_rate", col(REMEDIATION_ON_TIME_RATE.column()));
        return components;
    }

    /** 1 − min(1, rate), null when the rate is: least() alone would skip the null and give 0. */
    private static Column oneMinusCapped(Column rate) {
        return when(rate.isNotNull(), lit(1.0).minus(least(lit(1.0), rate)));
    }

    public static Dataset<Row> withIndex(Dataset<Row> rows, Map<String, Double> weights) {
        Column weighted = lit(0.0);
        Column weightOfAvailable = lit(0.0);
        for (Map.Entry<String, Column> component : components().entrySet()) {
            double weight = weights.getOrDefault(component.getKey(), 0.0);
            Column value = component.getValue();
            weighted = weighted.plus(
                    when(value.isNotNull(), value.multiply(weight)).otherwise(0.0));
            weightOfAvailable =
                    weightOfAvailable.plus(when(value.isNotNull(), lit(weight)).otherwise(0.0));
        }
        return rows.withColumn(
                RESPONSIBILITY_INDEX.column(),
                Rates.rate(weighted, weightOfAvailable).multiply(100.0));
    }
}

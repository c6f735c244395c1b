package vn.kyluat.analytics.config;

import java.util.List;
import java.util.Map;
import vn.kyluat.analytics.peers.WatchThresholds;
import vn.kyluat.contract.Quarter;

/**
 * What the metrics computation is told from outside: the quarters to compute (consecutive, in
 * order), the shrinkage strength m of {@code shrunk_on_time_rate} (docs/metrics.md, default 20) and
 * the weights of the responsibility index's components, keyed by component name as in docs/metrics.md
 * (shrunk_on_time_rate, bounce_rate, escalation_avoidance_rate, extended_share, backlog_aged,
 * remediation_on_time_rate), and the thresholds of the watch list.
 */
public record AnalyticsSettings(
        List<Quarter> quarters, double shrinkageM, Map<String, Double> indexWeights, WatchThresholds watchThresholds) {

    public static final double DEFAULT_SHRINKAGE_M = 20;

    public static final Map<String, Double> DEFAULT_INDEX_WEIGHTS = Map.of(
            "shrunk_on_time_rate", 0.40,
            "bounce_rate", 0.15,
            "escalation_avoidance_rate", 0.10,
            "extended_share", 0.10,
            "backlog_aged", 0.15,
            "remediation_on_time_rate", 0.10);

    public AnalyticsSettings {
        if (quarters.isEmpty()) {
            throw new IllegalArgumentException("no quarter to compute");
        }
        quarters = List.copyOf(quarters);
        indexWeights = Map.copyOf(indexWeights);
    }

    public static AnalyticsSettings defaults(List<Quarter> quarters) {
        return new AnalyticsSettings(quarters, DEFAULT_SHRINKAGE_M, DEFAULT_INDEX_WEIGHTS, WatchThresholds.DEFAULTS);
    }
}

package vn.kyluat.analytics.config;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.kyluat.analytics.peers.WatchThresholds;
import vn.kyluat.contract.ConfigNode;
import vn.kyluat.contract.Mart;
import vn.kyluat.contract.PipelineLocations;
import vn.kyluat.contract.Quarter;

/**
 * The {@code analytics:} section of the pipeline configuration, with the stage's locations.
 *
 * @param from first quarter to compute; empty: the quarter of the lake's earliest assignment
 * @param to last quarter to compute; empty: the last quarter that ended before the lake's newest fact
 * @param master Spark master for a launch by {@code ./ops}; ignored when spark-submit set one
 * @param watchThresholds thresholds of the watch list's conditions
 * @param shufflePartitions spark.sql.shuffle.partitions; empty: the launcher's default
 * @param csvSkipped marts whose CSV export is not written (the Parquet mart still is)
 */
public record AnalyticsConfig(
        PipelineLocations locations,
        Optional<Quarter> from,
        Optional<Quarter> to,
        Optional<String> master,
        double shrinkageM,
        Map<String, Double> indexWeights,
        WatchThresholds watchThresholds,
        Optional<Integer> shufflePartitions,
        List<Mart> csvSkipped) {

    public static final String SECTION = "analytics";
    /** Keys of {@code watch:}, in the order of {@link WatchThresholds}' components. */
    private static final String[] WATCH_KEYS = {
        "late_shrunk_on_time_below", "aged_backlog_share_above", "findings_open_overdue_at_least"
    };

    private static final String[] KEYS = {
        "from", "to", "master", "shrinkage_m", "index_weights", "watch", "shuffle_partitions", "csv_skip"
    };

    public static AnalyticsConfig load(Path file) {
        return from(ConfigNode.load(file));
    }

    public static AnalyticsConfig from(ConfigNode root) {
        PipelineLocations locations = PipelineLocations.from(root);
        Optional<ConfigNode> section = root.get(SECTION);
        section.ifPresent(s -> s.checkKeys(KEYS));
        Optional<Quarter> from = section.flatMap(s -> s.get("from")).map(AnalyticsConfig::quarter);
        Optional<Quarter> to = section.flatMap(s -> s.get("to")).map(AnalyticsConfig::quarter);
        if (from.isPresent() && to.isPresent() && from.get().compareTo(to.get()) > 0) {
            throw section.get().require("to").error("'to' (" + to.get() + ") is before 'from' (" + from.get() + ")");
        }
        return new AnalyticsConfig(
                locations,
                from,
                to,
                section.flatMap(s -> s.optionalText("master")),
                section.flatMap(s -> s.get("shrinkage_m"))
                        .map(AnalyticsConfig::shrinkage)
                        .orElse(AnalyticsSettings.DEFAULT_SHRINKAGE_M),
                section.flatMap(s -> s.get("index_weights"))
                        .map(AnalyticsConfig::weights)
                        .orElse(AnalyticsSettings.DEFAULT_INDEX_WEIGHTS),
                section.flatMap(s -> s.get("watch")).map(AnalyticsConfig::watch).orElse(WatchThresholds.DEFAULTS),
                section.flatMap(s -> s.get("shuffle_partitions")).map(AnalyticsConfig::partitions),
                section.flatMap(s -> s.get("csv_skip"))
                        .map(AnalyticsConfig::marts)
                        .orElse(List.of()));
    }

    /** The settings handed to the metrics, for the quarters decided by {@link QuartersToCompute}. */
    public AnalyticsSettings settings(List<Quarter> quarters) {
        return new AnalyticsSettings(quarters, shrinkageM, indexWeights, watchThresholds);
    }

    /** The same configuration with the quarters given on the command line, where given. */
    public AnalyticsConfig withQuarters(Optional<Quarter> fromOverride, Optional<Quarter> toOverride) {
        return new AnalyticsConfig(
                locations,
                fromOverride.or(() -> from),
                toOverride.or(() -> to),
                master,
                shrinkageM,
                indexWeights,
                watchThresholds,
                shufflePartitions,
                csvSkipped);
    }

    private static Quarter quarter(ConfigNode node) {
        try {
            return Quarter.parse(node.text());
        } catch (IllegalArgumentException e) {
            throw node.error(e.getMessage());
        }
    }

    private static double shrinkage(ConfigNode node) {
        double m = node.doubleValue();
        if (!(m >= 0)) {
            throw node.error("must be a number >= 0, got " + node.text());
        }
        return m;
    }

    private static int partitions(ConfigNode node) {
        int partitions = node.intValue();
        if (partitions < 1) {
            throw node.error("must be at least 1, got " + partitions);
        }
        return partitions;
    }

    /** Weights by component name; a component left out keeps its default weight. */
    private static Map<String, Double> weights(ConfigNode node) {
        node.checkKeys(AnalyticsSettings.DEFAULT_INDEX_WEIGHTS.keySet().stream()
                .sorted()
                .toArray(String[]::new));
        Map<String, Double> weights = new LinkedHashMap<>(AnalyticsSettings.DEFAULT_INDEX_WEIGHTS);
        node.entries().forEach((name, value) -> {
            double weight = value.doubleValue();
            if (!(weight >= 0) || Double.isInfinite(weight)) {
                throw value.error("a weight must be a number >= 0, got " + value.text());
            }
            weights.put(name, weight);
        });
        if (weights.values().stream().mapToDouble(Double::doubleValue).sum() == 0) {
            throw node.error("at least one weight must be above 0");
        }
        return weights;
    }

    /** The watch list's thresholds; a key left out keeps its default. */
    private static WatchThresholds watch(ConfigNode node) {
        node.checkKeys(WATCH_KEYS);
        WatchThresholds defaults = WatchThresholds.DEFAULTS;
        return new WatchThresholds(
                node.get(WATCH_KEYS[0]).map(AnalyticsConfig::share).orElse(defaults.lateShrunkBelow()),
                node.get(WATCH_KEYS[1]).map(AnalyticsConfig::share).orElse(defaults.agedBacklogAbove()),
                node.get(WATCH_KEYS[2]).map(AnalyticsConfig::findings).orElse(defaults.findingsOverdueAtLeast()));
    }

    private static double share(ConfigNode node) {
        double share = node.doubleValue();
        if (!(share >= 0 && share <= 1)) {
            throw node.error("must be a share between 0 and 1, got " + node.text());
        }
        return share;
    }

    private static long findings(ConfigNode node) {
        int findings = node.intValue();
        if (findings < 1) {
            throw node.error("must be at least 1, got " + findings);
        }
        return findings;
    }

    private static List<Mart> marts(ConfigNode node) {
        return node.list().stream()
                .map(item -> {
                    String name = item.text();
                    for (Mart mart : Mart.values()) {
                        if (mart.martName().equals(name)) {
                            return mart;
                        }
                    }
                    throw item.error("unknown mart '" + name + "'; expected one of "
                            + Arrays.stream(Mart.values()).map(Mart::martName).toList());
                })
                .toList();
    }
}

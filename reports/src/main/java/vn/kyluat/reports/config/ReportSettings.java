package vn.kyluat.reports.config;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import vn.kyluat.contract.ConfigNode;
import vn.kyluat.contract.Metric;
import vn.kyluat.contract.MetricKind;
import vn.kyluat.contract.PipelineLocations;
import vn.kyluat.reports.text.Language;

/**
 * The {@code report:} section of the pipeline configuration, every key optional:
 * <pre>
 * report:
 *   language: vi          # vi (default) or en
 *   on_time_target: 0.95  # the on-time rate the committee aims at, in (0, 1]
 *   targets:              # any key figure's target, by its mart column
 *     backlog_overdue: 500        # counts: at most this many
 *     bounce_rate: 0.05           # rates: a share in [0, 1]
 *   worst_best: 10        # rankings show the best and worst N units and pool the rest
 *   drill_down_rows: 3    # printed task lists show each unit's worst N tasks and say how many more
 *   names_in_unit_reports: false  # a unit's own report (--org) names its persons, read from the lake
 * </pre>
 * Whether a target is a floor or a ceiling follows the figure's direction (more on-time work is
 * better, less backlog is better).
 *
 * @param targets metric → target; the on-time rate always has one
 * @param drillDownRows how many tasks of each unit a printed drill-down list shows (the workbook
 *     and the dashboard have them all)
 * @param namesInUnitReports whether a unit's own report shows its persons' full names beside their
 *     codes; never in a board-level report
 */
public record ReportSettings(
        Language language, Map<Metric, Double> targets, int worstBest, int drillDownRows, boolean namesInUnitReports) {
    public static final ReportSettings DEFAULTS =
            new ReportSettings(Language.VI, Map.of(Metric.ON_TIME_RATE, 0.95), 10, 3, false);

    public ReportSettings {
        targets = Collections.unmodifiableMap(new EnumMap<>(targets));
    }

    /** The locations and the report section of a configuration file; errors name file and line. */
    public static Loaded load(Path file) {
        ConfigNode root = ConfigNode.load(file);
        PipelineLocations locations = PipelineLocations.from(root);
        return new Loaded(
                locations, root.get("report").map(ReportSettings::from).orElse(DEFAULTS));
    }

    public record Loaded(PipelineLocations locations, ReportSettings settings) {}

    static ReportSettings from(ConfigNode section) {
        section.checkKeys(
                "language", "on_time_target", "targets", "worst_best", "drill_down_rows", "names_in_unit_reports");
        Language language =
                section.get("language").map(ReportSettings::language).orElse(DEFAULTS.language());
        Map<Metric, Double> targets = new EnumMap<>(DEFAULTS.targets());
        section.get("targets")
                .ifPresent(node -> node.entries().forEach((column, value) -> {
                    Metric metric = metric(value, column);
                    targets.put(metric, target(value, metric));
                }));
        section.get("on_time_target")
                .ifPresent(node -> targets.put(Metric.ON_TIME_RATE, target(node, Metric.ON_TIME_RATE)));
        int worstBest = section.get("worst_best").map(ReportSettings::rowCount).orElse(DEFAULTS.worstBest());
        int drillDownRows =
                section.get("drill_down_rows").map(ReportSettings::rowCount).orElse(DEFAULTS.drillDownRows());
        boolean names = section.get("names_in_unit_reports")
                .map(ConfigNode::booleanValue)
                .orElse(false);
        return new ReportSettings(language, targets, worstBest, drillDownRows, names);
    }

    public ReportSettings withLanguage(Language other) {
        return new ReportSettings(other, targets, worstBest, drillDownRows, namesInUnitReports);
    }

    public double onTimeTarget() {
        return targets.get(Metric.ON_TIME_RATE);
    }

    /** The target of a key figure; null when none is set. */
    public Double target(Metric metric) {
        return targets.get(metric);
    }

    private static Language language(ConfigNode node) {
        try {
            return Language.fromCode(node.text());
        } catch (IllegalArgumentException e) {
            throw node.error("expected vi or en, got '" + node.text() + "'");
        }
    }

    private static Metric metric(ConfigNode node, String column) {
        try {
            return Metric.fromColumn(column);
        } catch (IllegalArgumentException e) {
            throw node.error(
                    "'" + column + "' is not a figure of org_quarter_metrics (e.g. on_time_rate, backlog_overdue)");
        }
    }

    private static double target(ConfigNode node, Metric metric) {
        double value = node.doubleValue();
        if (metric.kind() == MetricKind.RATE && !(value > 0 && value <= 1)) {
            throw node.error("expected a share in (0, 1] such as 0.95, got " + node.text());
        }
        if (metric.kind() == MetricKind.TEXT || metric.kind() == MetricKind.FLAG || value < 0) {
            throw node.error("expected a number of 0 or more for " + metric.column() + ", got " + node.text());
        }
        return value;
    }

    private static int rowCount(ConfigNode node) {
        int value = node.intValue();
        if (value < 1 || value > 100) {
            throw node.error("expected a whole number from 1 to 100, got " + node.text());
        }
        return value;
    }
}

package vn.kyluat.reports.config;

import java.nio.file.Path;
import vn.kyluat.contract.ConfigNode;
import vn.kyluat.contract.PipelineLocations;
import vn.kyluat.reports.text.Language;

/**
 * The {@code report:} section of the pipeline configuration, every key optional:
 * <pre>
 * report:
 *   language: vi          # vi (default) or en
 *   on_time_target: 0.95  # the on-time rate the committee aims at, in (0, 1]
 *   worst_best: 10        # rankings show the best and worst N units and pool the rest
 * </pre>
 */
public record ReportSettings(Language language, double onTimeTarget, int worstBest) {
  public static final ReportSettings DEFAULTS = new ReportSettings(Language.VI, 0.95, 10);

  /** The locations and the report section of a configuration file; errors name file and line. */
  public static Loaded load(Path file) {
    ConfigNode root = ConfigNode.load(file);
    PipelineLocations locations = PipelineLocations.from(root);
    return new Loaded(locations, root.get("report").map(ReportSettings::from).orElse(DEFAULTS));
  }

  public record Loaded(PipelineLocations locations, ReportSettings settings) {}

  static ReportSettings from(ConfigNode section) {
    section.checkKeys("language", "on_time_target", "worst_best");
    Language language = section.get("language").map(ReportSettings::language).orElse(DEFAULTS.language());
    double target = section.get("on_time_target").map(ReportSettings::target).orElse(DEFAULTS.onTimeTarget());
    int worstBest = section.get("worst_best").map(ReportSettings::worstBest).orElse(DEFAULTS.worstBest());
    return new ReportSettings(language, target, worstBest);
  }

  public ReportSettings withLanguage(Language other) {
    return new ReportSettings(other, onTimeTarget, worstBest);
  }

  private static Language language(ConfigNode node) {
    try {
      return Language.fromCode(node.text());
    } catch (IllegalArgumentException e) {
      throw node.error("expected vi or en, got '" + node.text() + "'");
    }
  }

  private static double target(ConfigNode node) {
    double value = node.doubleValue();
    if (!(value > 0 && value <= 1)) {
      throw node.error("expected a share in (0, 1] such as 0.95, got " + node.text());
    }
    return value;
  }

  private static int worstBest(ConfigNode node) {
    int value = node.intValue();
    if (value < 1 || value > 100) {
      throw node.error("expected a whole number from 1 to 100, got " + node.text());
    }
    return value;
  }
}

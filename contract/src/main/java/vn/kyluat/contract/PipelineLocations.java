package vn.kyluat.contract;

/**
 * Where the stages meet, read from the top of the pipeline configuration: {@code lake}, {@code
 * marts} and {@code reports}, each a local path (relative to the configuration file) or a Hadoop
 * file-system URI. Defaults: {@code lake/}, {@code marts/} and {@code reports/} beside the file.
 */
public record PipelineLocations(String lake, String marts, String reports) {

  /** Top-level keys of the pipeline configuration; each stage validates its own section. */
  public static final String[] TOP_LEVEL_KEYS = {
    "lake", "marts", "reports", "job_repository", "sources", "extract", "analytics", "report", "warehouse"
  };

  public static PipelineLocations from(ConfigNode root) {
    root.checkKeys(TOP_LEVEL_KEYS);
    return new PipelineLocations(
        root.get("lake").map(ConfigNode::location).orElse(ConfigNode.resolveLocation(root.baseDir(), "lake")),
        root.get("marts").map(ConfigNode::location).orElse(ConfigNode.resolveLocation(root.baseDir(), "marts")),
        root.get("reports").map(ConfigNode::location).orElse(ConfigNode.resolveLocation(root.baseDir(), "reports")));
  }
}

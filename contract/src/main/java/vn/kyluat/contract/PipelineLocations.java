package vn.kyluat.contract;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the stages meet, read from the top of the pipeline configuration: {@code lake}, {@code
 * marts} and {@code reports}, each a local path (relative to the configuration file) or a Hadoop
 * file-system URI. Defaults: {@code lake/}, {@code marts/} and {@code reports/} beside the file.
 */
public record PipelineLocations(String lake, String marts, String reports) {

    /** Top-level keys of the pipeline configuration; each stage validates its own section. */
    private static final String[] TOP_LEVEL_KEYS = {
        "lake", "marts", "reports", "job_repository", "sources", "extract", "analytics", "report", "warehouse"
    };

    public static PipelineLocations from(ConfigNode root) {
        root.checkKeys(TOP_LEVEL_KEYS);
        return new PipelineLocations(
                root.get("lake").map(ConfigNode::location).orElse(ConfigNode.resolveLocation(root.baseDir(), "lake")),
                root.get("marts").map(ConfigNode::location).orElse(ConfigNode.resolveLocation(root.baseDir(), "marts")),
                root.get("reports")
                        .map(ConfigNode::location)
                        .orElse(ConfigNode.resolveLocation(root.baseDir(), "reports")));
    }

    /**
     * The folder of a location on the local disk ({@code file:} URI or plain path), where a {@link
     * WorkspaceLock} can be taken; empty for other file systems ({@code hdfs://}, {@code s3a://}).
     */
    public static Optional<Path> localFolder(String location) {
        if (location.startsWith("file:")) {
            return Optional.of(Path.of(URI.create(location)));
        }
        return ConfigNode.isUri(location) ? Optional.empty() : Optional.of(Path.of(location));
    }
}

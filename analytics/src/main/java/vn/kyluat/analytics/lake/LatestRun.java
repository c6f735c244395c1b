package vn.kyluat.analytics.lake;

import java.util.List;
import java.util.Optional;
import vn.kyluat.contract.manifest.RunManifest;
import vn.kyluat.contract.manifest.SourceReport;

/**
 * Whether the lake's latest extraction run loaded every source. When it did not, the marts are still
 * computed (each failed source keeps its last published version in the lake), but the figures may
 * be stale for those sources: analyze says so and exits 3.
 */
public final class LatestRun {
    static final String COMPLETED = "COMPLETED";

    private LatestRun() {}

    /** A warning when the latest of {@code runs} (in order of start) is not COMPLETED; none without runs. */
    public static Optional<String> warning(List<RunManifest> runs) {
        if (runs.isEmpty()) {
            return Optional.empty();
        }
        RunManifest latest = runs.get(runs.size() - 1);
        if (COMPLETED.equals(latest.status())) {
            return Optional.empty();
        }
        List<String> failed = latest.sources().stream()
                .filter(SourceReport::failed)
                .map(SourceReport::sourceId)
                .toList();
        return Optional.of(
                "the latest extraction run " + latest.runId() + " is " + latest.status()
                        + (failed.isEmpty() ? "" : " (sources that failed: " + String.join(", ", failed) + ")")
                        + ": their figures are those of the data they last published; fix the sources, run extract again, then analyze");
    }
}

package vn.kyluat.analytics.lake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.kyluat.contract.manifest.RunManifest;
import vn.kyluat.contract.manifest.SourceReport;

class LatestRunTests {
    private static RunManifest run(String id, String status, SourceReport... sources) {
        return new RunManifest(id, "2024-11-26T01:00:00Z", null, status, List.of(sources));
    }

    private static SourceReport source(String id, String status) {
        return new SourceReport(id, "jdbc", status, null, List.of());
    }

    @Test
    void aLakeWhoseLatestRunCompletedNeedsNoWarningWhateverCameBefore() {
        assertThat(LatestRun.warning(List.of(run("1", "PARTIAL"), run("2", "COMPLETED"))))
                .isEmpty();
    }

    @Test
    void aLakeWithoutAnyFinishedRunNeedsNoWarning() {
        assertThat(LatestRun.warning(List.of())).isEmpty();
    }

    @Test
    void aPartialLatestRunIsNamedWithTheSourcesThatFailed() {
        assertThat(LatestRun.warning(List.of(
                        run("1", "COMPLETED"),
                        run(
                                "2",
                                "PARTIAL",
                                source("unit-a", "COMPLETED"),
                                source("unit-b", "FAILED"),
                                source("unit-c", "FAILED")))))
                .hasValueSatisfying(w -> assertThat(w)
                        .startsWith("the latest extraction run 2 is PARTIAL (sources that failed: unit-b, unit-c): "));
    }

    @Test
    void aFailedLatestRunIsNamedToo() {
        assertThat(LatestRun.warning(List.of(run("3", "FAILED", source("unit-a", "FAILED")))))
                .hasValueSatisfying(w -> assertThat(w).contains("run 3 is FAILED", "run extract again"));
    }
}

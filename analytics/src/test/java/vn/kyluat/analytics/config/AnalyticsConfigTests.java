package vn.kyluat.analytics.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kyluat.analytics.peers.WatchThresholds;
import vn.kyluat.contract.ConfigException;
import vn.kyluat.contract.Mart;
import vn.kyluat.contract.Quarter;

class AnalyticsConfigTests {
    @TempDir
    Path dir;

    private AnalyticsConfig load(String yaml) throws IOException {
        Path file = dir.resolve("pipeline.yaml");
        Files.writeString(file, yaml);
        return AnalyticsConfig.load(file);
    }

    @Test
    void withoutASectionEverythingHasItsDefault() throws IOException {
        AnalyticsConfig config = load("lake: data/lake\nmarts: hdfs://127.0.0.1:9000/marts\n");

        assertThat(config.locations().lake()).isEqualTo(dir.resolve("data/lake").toString());
        assertThat(config.locations().marts()).isEqualTo("hdfs://127.0.0.1:9000/marts");
        assertThat(config.from()).isEmpty();
        assertThat(config.to()).isEmpty();
        assertThat(config.master()).isEmpty();
        assertThat(config.shrinkageM()).isEqualTo(20);
        assertThat(config.indexWeights()).isEqualTo(AnalyticsSettings.DEFAULT_INDEX_WEIGHTS);
        assertThat(config.csvSkipped()).isEmpty();
        assertThat(config.watchThresholds()).isEqualTo(new WatchThresholds(0.70, 0.30, 2));
    }

    @Test
    void watchThresholdsAreConfiguredOneByOne() throws IOException {
        AnalyticsConfig config =
                load("analytics:\n  watch: {late_shrunk_on_time_below: 0.6, findings_open_overdue_at_least: 3}\n");

        assertThat(config.watchThresholds()).isEqualTo(new WatchThresholds(0.6, 0.30, 3));
        assertThat(config.settings(List.of(new Quarter(2024, 1))).watchThresholds())
                .isEqualTo(config.watchThresholds());
    }

    @Test
    void aWatchShareOutsideZeroToOneIsAnError() {
        assertThatThrownBy(() -> load("analytics:\n  watch:\n    aged_backlog_share_above: 30\n"))
                .hasMessageContaining("pipeline.yaml:3:")
                .hasMessageContaining("must be a share between 0 and 1, got 30");
    }

    @Test
    void theSectionSetsQuartersMasterShrinkageWeightsAndPartitions() throws IOException {
        AnalyticsConfig config = load("""
        analytics:
          from: 2024Q1
          to: 2025q4
          master: local[2]
          shrinkage_m: 10
          index_weights: {shrunk_on_time_rate: 0.5, bounce_rate: 0}
          shuffle_partitions: 4
          csv_skip: [task_quarter_facts]
        """);

        assertThat(config.from()).contains(new Quarter(2024, 1));
        assertThat(config.to()).contains(new Quarter(2025, 4));
        assertThat(config.master()).contains("local[2]");
        assertThat(config.shrinkageM()).isEqualTo(10);
        assertThat(config.indexWeights())
                .containsEntry("shrunk_on_time_rate", 0.5)
                .containsEntry("bounce_rate", 0.0)
                .containsEntry("backlog_aged", 0.15)
                .hasSize(6);
        assertThat(config.shufflePartitions()).contains(4);
        assertThat(config.csvSkipped()).containsExactly(Mart.TASK_QUARTER_FACTS);
    }

    @Test
    void commandLineQuartersOverrideTheFile() throws IOException {
        AnalyticsConfig config = load("analytics:\n  from: 2024Q1\n  to: 2024Q4\n")
                .withQuarters(Optional.empty(), Optional.of(new Quarter(2024, 2)));

        assertThat(config.settings(List.of(new Quarter(2024, 1))).quarters()).hasSize(1);
        assertThat(config.from()).contains(new Quarter(2024, 1));
        assertThat(config.to()).contains(new Quarter(2024, 2));
    }

    @Test
    void anUnknownKeyIsReportedWithFileAndLine() {
        assertThatThrownBy(() -> load("lake: lake\nanalytics:\n  from: 2024Q1\n  shrinkage: 20\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("pipeline.yaml:4:")
                .hasMessageContaining("unknown key 'shrinkage'")
                .hasMessageContaining("shrinkage_m");
    }

    @Test
    void aBadQuarterNameIsReportedWithFileAndLine() {
        assertThatThrownBy(() -> load("analytics:\n  from: 2024-Q5\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("pipeline.yaml:2:")
                .hasMessageContaining("analytics.from")
                .hasMessageContaining("2024-Q5");
    }

    @Test
    void toBeforeFromIsAnError() {
        assertThatThrownBy(() -> load("analytics:\n  from: 2025Q1\n  to: 2024Q4\n"))
                .hasMessageContaining("pipeline.yaml:3:")
                .hasMessageContaining("'to' (2024Q4) is before 'from' (2025Q1)");
    }

    @Test
    void anUnknownWeightIsReportedWithTheKnownOnes() {
        assertThatThrownBy(() -> load("analytics:\n  index_weights:\n    on_time_rate: 0.4\n"))
                .hasMessageContaining("pipeline.yaml:3:")
                .hasMessageContaining("unknown key 'on_time_rate'")
                .hasMessageContaining("shrunk_on_time_rate");
    }

    @Test
    void aNegativeWeightIsAnError() {
        assertThatThrownBy(() -> load("analytics:\n  index_weights:\n    bounce_rate: -0.1\n"))
                .hasMessageContaining("pipeline.yaml:3:")
                .hasMessageContaining("a weight must be a number >= 0, got -0.1");
    }

    @Test
    void anUnknownMartInCsvSkipIsAnError() {
        assertThatThrownBy(() -> load("analytics:\n  csv_skip:\n    - task_facts\n"))
                .hasMessageContaining("pipeline.yaml:3:")
                .hasMessageContaining("unknown mart 'task_facts'");
    }
}

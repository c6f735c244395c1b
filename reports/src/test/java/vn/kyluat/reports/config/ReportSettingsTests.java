package vn.kyluat.reports.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kyluat.contract.ConfigException;
import vn.kyluat.contract.Metric;
import vn.kyluat.reports.text.Language;

class ReportSettingsTests {
    @TempDir
    Path dir;

    @Test
    void readsTheReportSectionAndResolvesLocationsBesideTheFile() throws IOException {
        Path file = write(
                "marts: data/marts\nreport:\n  language: en\n  on_time_target: 0.9\n  worst_best: 5\n  drill_down_rows: 3\n");
        ReportSettings.Loaded loaded = ReportSettings.load(file);
        assertThat(loaded.settings())
                .isEqualTo(new ReportSettings(Language.EN, Map.of(Metric.ON_TIME_RATE, 0.9), 5, 3, false));
        assertThat(loaded.locations().marts())
                .isEqualTo(dir.resolve("data/marts").toString());
        assertThat(loaded.locations().reports())
                .isEqualTo(dir.resolve("reports").toString());
    }

    @Test
    void defaultsWhenTheSectionIsAbsent() throws IOException {
        assertThat(ReportSettings.load(write("marts: m\n")).settings()).isEqualTo(ReportSettings.DEFAULTS);
    }

    @Test
    void aTargetOutsideZeroToOneNamesFileAndLine() throws IOException {
        Path file = write("marts: m\nreport:\n  on_time_target: 95\n");
        assertThatThrownBy(() -> ReportSettings.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(file + ":3:")
                .hasMessageContaining("report.on_time_target");
    }

    @Test
    void anyKeyFigureMayHaveATarget() throws IOException {
        Path file = write("report:\n  targets:\n    backlog_overdue: 500\n    bounce_rate: 0.05\n");
        assertThat(ReportSettings.load(file).settings().targets())
                .containsOnly(
                        Map.entry(Metric.ON_TIME_RATE, 0.95),
                        Map.entry(Metric.BACKLOG_OVERDUE, 500.0),
                        Map.entry(Metric.BOUNCE_RATE, 0.05));
    }

    @Test
    void aTargetForAnUnknownFigureOrARateAboveOneIsRejected() throws IOException {
        Path unknown = write("report:\n  targets:\n    speed: 3\n");
        assertThatThrownBy(() -> ReportSettings.load(unknown))
                .hasMessageContaining(":3:")
                .hasMessageContaining("'speed'");
        Path tooHigh = write("report:\n  targets:\n    bounce_rate: 5\n");
        assertThatThrownBy(() -> ReportSettings.load(tooHigh))
                .hasMessageContaining(":3:")
                .hasMessageContaining("(0, 1]");
    }

    @Test
    void anUnknownKeyIsRejected() throws IOException {
        Path file = write("report:\n  langauge: vi\n");
        assertThatThrownBy(() -> ReportSettings.load(file))
                .hasMessageContaining(":2:")
                .hasMessageContaining("langauge");
    }

    @Test
    void anUnknownLanguageIsRejected() throws IOException {
        Path file = write("report:\n  language: fr\n");
        assertThatThrownBy(() -> ReportSettings.load(file))
                .hasMessageContaining(":2:")
                .hasMessageContaining("vi or en");
    }

    private Path write(String yaml) throws IOException {
        Path file = dir.resolve("pipeline.yaml");
        Files.writeString(file, yaml);
        return file;
    }
}

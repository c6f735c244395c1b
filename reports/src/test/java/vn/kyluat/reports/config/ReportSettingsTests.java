package vn.kyluat.reports.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kyluat.contract.ConfigException;
import vn.kyluat.reports.text.Language;

class ReportSettingsTests {
  @TempDir Path dir;

  @Test
  void readsTheReportSectionAndResolvesLocationsBesideTheFile() throws IOException {
    Path file = write("marts: data/marts\nreport:\n  language: en\n  on_time_target: 0.9\n  worst_best: 5\n");
    ReportSettings.Loaded loaded = ReportSettings.load(file);
    assertThat(loaded.settings()).isEqualTo(new ReportSettings(Language.EN, 0.9, 5));
    assertThat(loaded.locations().marts()).isEqualTo(dir.resolve("data/marts").toString());
    assertThat(loaded.locations().reports()).isEqualTo(dir.resolve("reports").toString());
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
  void anUnknownKeyIsRejected() throws IOException {
    Path file = write("report:\n  langauge: vi\n");
    assertThatThrownBy(() -> ReportSettings.load(file)).hasMessageContaining(":2:").hasMessageContaining("langauge");
  }

  @Test
  void anUnknownLanguageIsRejected() throws IOException {
    Path file = write("report:\n  language: fr\n");
    assertThatThrownBy(() -> ReportSettings.load(file)).hasMessageContaining(":2:").hasMessageContaining("vi or en");
  }

  private Path write(String yaml) throws IOException {
    Path file = dir.resolve("pipeline.yaml");
    Files.writeString(file, yaml);
    return file;
  }
}

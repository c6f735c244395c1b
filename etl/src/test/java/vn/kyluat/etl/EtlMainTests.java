package vn.kyluat.etl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kyluat.etl.support.Pipelines;
import vn.kyluat.etl.support.Province;
import vn.kyluat.etl.support.UnitDatabase;

class EtlMainTests {
  @TempDir Path dir;

  @Test
  void exitCodesTellCompletePartialAndConfigurationErrorApart() {
    UnitDatabase registry = UnitDatabase.create(dir, "registry");
    registry.execute(Province.REGISTRY);
    UnitDatabase unit = UnitDatabase.create(dir, "unit-a");
    unit.execute(Province.UNIT);
    Path complete = Pipelines.write(dir, Province.config(registry.url(), unit.url(), ""));
    assertThat(EtlMain.commandLine().execute("extract", "--config", complete.toString())).isEqualTo(ExitCodes.OK);
    assertThat(EtlMain.commandLine().execute("extract", "--restart", "--config", complete.toString()))
        .as("nothing to restart after a complete run")
        .isEqualTo(ExitCodes.USAGE);

    Path partial = Pipelines.write(dir, Province.config(registry.url(), unit.url(), """
          - id: unit-b
            type: postgres
            url: jdbc:postgresql://127.0.0.1:1/kyluat_nowhere
        """));
    assertThat(EtlMain.commandLine().execute("extract", "--config", partial.toString())).isEqualTo(ExitCodes.PARTIAL);

    assertThat(EtlMain.commandLine().execute("extract", "--config", dir.resolve("missing.yaml").toString()))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(EtlMain.commandLine().execute("extract")).isEqualTo(ExitCodes.USAGE);
    assertThat(EtlMain.commandLine().execute("extract", "--help")).isEqualTo(ExitCodes.OK);
  }

  @Test
  void theBenchmarkIsACommandWithHelpAndRefusesATooSmallProvinceBeforeTouchingADatabase() {
    assertThat(EtlMain.commandLine().execute("bench-extract", "--help")).isEqualTo(ExitCodes.OK);
    assertThat(EtlMain.commandLine().execute("bench-extract", "--tasks", "5", "--pg-url", "jdbc:postgresql://127.0.0.1:1/"))
        .isEqualTo(ExitCodes.USAGE);
  }
}

package vn.kyluat.etl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
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

  @Test
  void versionAndHelpWithAnExample() {
    StringWriter out = new StringWriter();
    CommandLine line = EtlMain.commandLine();
    line.setOut(new PrintWriter(out));
    assertThat(line.execute("--version")).isEqualTo(ExitCodes.OK);
    assertThat(line.execute("extract", "--version")).isEqualTo(ExitCodes.OK);
    assertThat(line.execute("extract", "--help")).isEqualTo(ExitCodes.OK);

    assertThat(out.toString()).startsWith("kyluat etl 0.1.0-SNAPSHOT" + System.lineSeparator() + "kyluat etl 0.1.0-SNAPSHOT")
        .contains("Example: ./ops extract --config workspace/pipeline.yaml");
  }

  @Test
  void anUnreachableSourceIsOneLineAndItsStackTraceOnlyWithDebug() {
    UnitDatabase registry = UnitDatabase.create(dir, "registry");
    registry.execute(Province.REGISTRY);
    Path partial = Pipelines.write(dir, Province.config(registry.url(), UnitDatabase.create(dir, "unit-a").url(), """
          - id: unit-b
            type: postgres
            url: jdbc:postgresql://127.0.0.1:1/kyluat_nowhere
        """));

    String plain = stderrOf(() -> EtlMain.commandLine().execute("extract", "--config", partial.toString()));
    String debug = stderrOf(() -> EtlMain.commandLine().execute("extract", "--debug", "--config", partial.toString()));

    assertThat(plain).doesNotContain("\tat ").contains("failed: source unit-b: cannot connect to");
    assertThat(debug).contains("\tat org.postgresql.");
  }

  private static String stderrOf(Runnable run) {
    PrintStream saved = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      run.run();
    } finally {
      System.setErr(saved);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }
}

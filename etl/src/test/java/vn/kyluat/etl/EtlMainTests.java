package vn.kyluat.etl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.kyluat.etl.support.Pipelines;
import vn.kyluat.etl.support.Province;
import vn.kyluat.etl.support.UnitDatabase;

class EtlMainTests {
    @TempDir
    Path dir;

    @Test
    void exitCodesTellCompletePartialAndConfigurationErrorApart() {
        UnitDatabase registry = UnitDatabase.create(dir, "registry");
        registry.execute(Province.REGISTRY);
        UnitDatabase unit = UnitDatabase.create(dir, "unit-a");
        unit.execute(Province.UNIT);
        Path complete = Pipelines.write(dir, Province.config(registry.url(), unit.url(), ""));
        assertThat(EtlMain.commandLine().execute("extract", "--config", complete.toString()))
                .isEqualTo(ExitCodes.OK);
        assertThat(EtlMain.commandLine().execute("extract", "--restart", "--config", complete.toString()))
                .as("nothing to restart after a complete run")
                .isEqualTo(ExitCodes.USAGE);

        Path partial = Pipelines.write(dir, Province.config(registry.url(), unit.url(), """
          - id: unit-b
            type: postgres
            url: jdbc:postgresql://127.0.0.1:1/kyluat_nowhere
        """));
        assertThat(EtlMain.commandLine().execute("extract", "--config", partial.toString()))
                .isEqualTo(ExitCodes.PARTIAL);

        assertThat(EtlMain.commandLine()
                        .execute(
                                "extract",
                                "--config",
                                dir.resolve("missing.yaml").toString()))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(EtlMain.commandLine().execute("extract")).isEqualTo(ExitCodes.USAGE);
        assertThat(EtlMain.commandLine().execute("extract", "--help")).isEqualTo(ExitCodes.OK);
    }

    @Test
    void everyCommandsHelpIsFormattedWithoutAPicocliWarning() {
        PrintStream stderr = System.err;
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
        try {
            for (String command : EtlMain.commandLine().getSubcommands().keySet()) {
                StringWriter help = new StringWriter();
                CommandLine line = EtlMain.commandLine();
                line.setOut(new PrintWriter(help));
                assertThat(line.execute(command, "--help")).isEqualTo(ExitCodes.OK);
                assertThat(help.toString()).as(command + " --help").contains("Usage: etl " + command);
            }
        } finally {
            System.setErr(stderr);
        }
        assertThat(warnings.toString(StandardCharsets.UTF_8))
                .as("a '%' in a description must be written '%%'")
                .doesNotContain("[picocli WARN]");
    }

    @Test
    void versionAndHelpWithAnExample() {
        StringWriter out = new StringWriter();
        CommandLine line = EtlMain.commandLine();
        line.setOut(new PrintWriter(out));
        assertThat(line.execute("--version")).isEqualTo(ExitCodes.OK);
        assertThat(line.execute("extract", "--version")).isEqualTo(ExitCodes.OK);
        assertThat(line.execute("extract", "--help")).isEqualTo(ExitCodes.OK);

        assertThat(out.toString())
                .startsWith("kyluat etl 0.1.0-SNAPSHOT" + System.lineSeparator() + "kyluat etl 0.1.0-SNAPSHOT")
                .contains("Example: ./ops extract --config workspace/pipeline.yaml");
    }

    /** Scripts read the summary on stdout; the progress and what failed go to stderr. */
    @Test
    void theSummaryIsOnStdoutAndTheProgressOnStderr() {
        UnitDatabase registry = UnitDatabase.create(dir, "registry");
        registry.execute(Province.REGISTRY);
        UnitDatabase unit = UnitDatabase.create(dir, "unit-a");
        unit.execute(Province.UNIT);
        Path config = Pipelines.write(dir, Province.config(registry.url(), unit.url(), ""));

        String[] outputs = outputs(() ->
                EtlMain.commandLine().execute("extract", "--progress-seconds", "1", "--config", config.toString()));

        assertThat(outputs[0]).contains("unit-a", "task_event", "manifest: ", ": COMPLETED");
        assertThat(outputs[1]).doesNotContain("manifest: ", ": COMPLETED");
    }

    @Test
    void anUnreachableSourceIsOneLineAndItsStackTraceOnlyWithDebug() {
        UnitDatabase registry = UnitDatabase.create(dir, "registry");
        registry.execute(Province.REGISTRY);
        Path partial = Pipelines.write(
                dir,
                Province.config(
                        registry.url(), UnitDatabase.create(dir, "unit-a").url(), """
          - id: unit-b
            type: postgres
            url: jdbc:postgresql://127.0.0.1:1/kyluat_nowhere
        """));

        String plain = stderrOf(() -> EtlMain.commandLine().execute("extract", "--config", partial.toString()));
        String debug =
                stderrOf(() -> EtlMain.commandLine().execute("extract", "--debug", "--config", partial.toString()));

        assertThat(plain).doesNotContain("\tat ").contains("failed: source unit-b: cannot connect to");
        assertThat(debug).contains("\tat org.postgresql.");
    }

    @Test
    void theRejectsAreACsvBesideTheParquetAndTheSummaryShowsTheFirstOfEachRule() throws Exception {
        UnitDatabase registry = UnitDatabase.create(dir, "registry");
        registry.execute(Province.REGISTRY);
        UnitDatabase unit = UnitDatabase.create(dir, "unit-a");
        unit.execute(Province.UNIT + """
        INSERT INTO task VALUES ('T7', 'Báo cáo', NULL, 'G1', NULL, 'BLOC', TIMESTAMP WITH TIME ZONE '2024-07-01 08:00:00+07:00', DATE '2024-08-15', 'Khẩn', 'within', 'open', NULL, NULL, TIMESTAMP WITH TIME ZONE '2024-07-01 08:00:00+07:00');
        INSERT INTO task VALUES ('T8', 'Báo cáo', NULL, 'G1', NULL, 'BLOC', TIMESTAMP WITH TIME ZONE '2024-07-01 08:00:00+07:00', DATE '2024-08-15', 'Thường', 'within', 'open', NULL, NULL, TIMESTAMP WITH TIME ZONE '2024-07-01 08:00:00+07:00');
        INSERT INTO task VALUES ('T9', NULL, NULL, 'G1', NULL, 'BLOC', TIMESTAMP WITH TIME ZONE '2024-07-01 08:00:00+07:00', DATE '2024-08-15', 'normal', 'within', 'open', NULL, NULL, TIMESTAMP WITH TIME ZONE '2024-07-01 08:00:00+07:00');
        """);
        Path config = Pipelines.write(dir, Province.config(registry.url(), unit.url(), ""));

        String summary = stdoutOf(() -> EtlMain.commandLine().execute("extract", "--config", config.toString()));

        Path csv;
        try (var runs = Files.list(dir.resolve("lake/_rejects"))) {
            csv = runs.findFirst().orElseThrow().resolve("rejects.csv");
        }
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0))
                .isEqualTo("\uFEFFrun_id,source_id,relation,record_key,rule,detail,raw_values,rejected_at");
        assertThat(lines.subList(1, lines.size()))
                .extracting(l -> l.split(",")[3] + ":" + l.split(",")[4])
                .containsExactly("T7:not_in_enumeration", "T8:not_in_enumeration", "T9:missing_required");
        assertThat(summary)
                .contains("rejects:  " + csv + " (all of them); the first 3 of each rule:\n"
                        + "  unit-a task not_in_enumeration: T7: priority 'Khẩn' is not one of [urgent, normal]"
                        + " | T8: priority 'Thường' is not one of [urgent, normal]\n"
                        + "  unit-a task missing_required: T9: title is missing\n");
    }

    @Test
    void fullReadsTheNamedSourcesWholeAndRefusesWhatItCannotDo() {
        UnitDatabase registry = UnitDatabase.create(dir, "registry");
        registry.execute(Province.REGISTRY);
        UnitDatabase unit = UnitDatabase.create(dir, "unit-a");
        unit.execute(Province.UNIT);
        String config = Pipelines.write(dir, Province.config(registry.url(), unit.url(), ""))
                .toString();
        assertThat(EtlMain.commandLine().execute("extract", "--config", config)).isEqualTo(ExitCodes.OK);

        assertThat(stderrOf(() -> assertThat(
                                EtlMain.commandLine().execute("extract", "--config", config, "--source", "unit-a"))
                        .isEqualTo(ExitCodes.USAGE)))
                .contains("extract: --source names the sources --full reads whole; add --full");
        assertThat(stderrOf(() -> assertThat(EtlMain.commandLine()
                                .execute("extract", "--config", config, "--full", "--source", "unit-z"))
                        .isEqualTo(ExitCodes.USAGE)))
                .contains("extract: --source unit-z: " + config
                        + " has no source 'unit-z'; its sources are [registry, unit-a]");
        assertThat(stderrOf(() -> assertThat(
                                EtlMain.commandLine().execute("extract", "--config", config, "--full", "--restart"))
                        .isEqualTo(ExitCodes.USAGE)))
                .contains("extract: --full starts a new run; --restart resumes the last one as it was started");

        String incremental = stdoutOf(() -> EtlMain.commandLine().execute("extract", "--config", config));
        String full = stdoutOf(() -> assertThat(
                        EtlMain.commandLine().execute("extract", "--config", config, "--full", "--source", "unit-a"))
                .isEqualTo(ExitCodes.OK));

        assertThat(incremental).containsPattern("unit-a +task +incremental +0 +0 +0 +0 ");
        assertThat(full)
                .containsPattern("unit-a +task +full +3 +3 +0 +0 ")
                .containsPattern("unit-a +task_event +full +4 +4 +0 +0 ");
    }

    private static String stderrOf(Runnable run) {
        return outputs(run)[1];
    }

    private static String stdoutOf(Runnable run) {
        return outputs(run)[0];
    }

    /** What the run printed on stdout and on stderr. */
    private static String[] outputs(Runnable run) {
        PrintStream savedOut = System.out;
        PrintStream savedErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            run.run();
        } finally {
            System.setOut(savedOut);
            System.setErr(savedErr);
        }
        return new String[] {out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }
}

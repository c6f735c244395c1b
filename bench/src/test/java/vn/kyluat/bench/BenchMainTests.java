package vn.kyluat.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import vn.kyluat.etl.ExitCodes;

class BenchMainTests {
    @Test
    void everyCommandsHelpHasAnExampleAndIsFormattedWithoutAPicocliWarning() {
        PrintStream stderr = System.err;
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
        try {
            for (String command : BenchMain.commandLine().getSubcommands().keySet()) {
                StringWriter help = new StringWriter();
                CommandLine line = BenchMain.commandLine();
                line.setOut(new PrintWriter(help));
                assertThat(line.execute(command, "--help")).isEqualTo(ExitCodes.OK);
                assertThat(help.toString())
                        .as(command + " --help")
                        .contains("Usage: bench " + command)
                        .contains("Example: ./ops ");
            }
        } finally {
            System.setErr(stderr);
        }
        assertThat(warnings.toString(StandardCharsets.UTF_8))
                .as("a '%' in a description must be written '%%'")
                .doesNotContain("[picocli WARN]");
    }

    /** The harness runs ops analyze itself; outside ops it says so before generating anything. */
    @Test
    void chaosWithAnalyzeKillsOutsideOpsIsAUsageErrorBeforeTouchingADatabase() {
        CommandLine line = BenchMain.commandLine();
        StringWriter err = new StringWriter();
        line.setErr(new PrintWriter(err));

        assertThat(line.execute(
                        "chaos",
                        "--analyze-kills",
                        "1",
                        "--tasks",
                        "1000",
                        "--pg-url",
                        "jdbc:postgresql://127.0.0.1:1/"))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString())
                .contains(
                        "--analyze-kills runs ops analyze, but this JVM was not started by ops (-Dkyluat.ops is not set)")
                .contains("run ./ops chaos, or give --analyze-kills 0");
    }

    @Test
    void theExtractionBenchmarkRefusesATooSmallProvinceBeforeTouchingADatabase() {
        assertThat(BenchMain.commandLine().execute("extract", "--help")).isEqualTo(ExitCodes.OK);
        assertThat(BenchMain.commandLine()
                        .execute("extract", "--tasks", "5", "--pg-url", "jdbc:postgresql://127.0.0.1:1/"))
                .isEqualTo(ExitCodes.USAGE);
    }
}

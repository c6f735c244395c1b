package vn.kyluat.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kyluat.contract.WorkspaceLock;

/** Exit codes and messages of the command line; none of these cases gets as far as starting Spark. */
class AnalyticsMainTests {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream systemOut;
    private PrintStream systemErr;

    @BeforeEach
    void capture() {
        systemOut = System.out;
        systemErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(systemOut);
        System.setErr(systemErr);
    }

    private Path config() {
        return dir.resolve("pipeline.yaml");
    }

    /** Writes {@link #config()} with this text and analyzes with it: the exit code. */
    private int analyzeWith(String yaml) throws IOException {
        Files.writeString(config(), yaml);
        return AnalyticsMain.execute("analyze", "--config", config().toString());
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpExitsWithZeroAndNamesTheOptions() {
        assertThat(AnalyticsMain.execute("analyze", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--config", "--from", "--to", "--master");
    }

    @Test
    void aMissingConfigOptionIsAUsageError() {
        assertThat(AnalyticsMain.execute("analyze")).isEqualTo(AnalyticsMain.USAGE);
        assertThat(err()).contains("Missing required option: '--config=FILE'");
    }

    @Test
    void aBadQuarterIsAUsageError() {
        assertThat(AnalyticsMain.execute("analyze", "--config", "x.yaml", "--from", "2024Q9"))
                .isEqualTo(AnalyticsMain.USAGE);
        assertThat(err()).contains("2024Q9");
    }

    @Test
    void analyzePrintsTheVersion() {
        assertThat(AnalyticsMain.execute("analyze", "--version")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("kyluat analytics, metrics definitions version ");
    }

    @Test
    void fromAfterToIsAUsageError() {
        assertThat(AnalyticsMain.execute("analyze", "--config", "x.yaml", "--from", "2025Q1", "--to", "2024Q4"))
                .isEqualTo(AnalyticsMain.USAGE);
        assertThat(err()).contains("--from 2025Q1 is after --to 2024Q4");
    }

    @Test
    void aConfigurationErrorIsAUsageErrorNamingFileAndLine() throws Exception {
        assertThat(analyzeWith("lake: lake\nanalytics:\n  too: 2024Q4\n")).isEqualTo(AnalyticsMain.USAGE);
        assertThat(err()).contains("pipeline.yaml:3:", "unknown key 'too'");
    }

    @Test
    void aMissingConfigurationFileIsAUsageError() {
        assertThat(AnalyticsMain.execute(
                        "analyze", "--config", dir.resolve("none.yaml").toString()))
                .isEqualTo(AnalyticsMain.USAGE);
        assertThat(err()).contains("no such configuration file");
    }

    /** A local lake that is not there is a configuration error, found before Spark starts (about 7 s). */
    @Test
    void aMissingLocalLakeIsAUsageErrorNamingTheLakeLineBeforeSparkStarts() throws Exception {
        assertThat(analyzeWith("marts: marts\nlake: nolake\nsources: []\n")).isEqualTo(AnalyticsMain.USAGE);
        assertThat(err())
                .contains(
                        "configuration error: " + config() + ":2: lake: there is no lake at file:"
                                + dir.resolve("nolake"),
                        "run ./ops extract --config " + config() + " first, or fix 'lake:'")
                .doesNotContain("Spark");
        assertThat(dir.resolve("marts")).doesNotExist();
    }

    /** A file where the lake folder should be is no lake either (the same rule as the lake reader's). */
    @Test
    void aLocalLakeThatIsAFileIsAUsageErrorBeforeSparkStarts() throws Exception {
        Files.writeString(dir.resolve("lake"), "a file where the lake folder should be");

        assertThat(analyzeWith("marts: marts\n")).isEqualTo(AnalyticsMain.USAGE);
        assertThat(err())
                .contains("configuration error: " + config() + ": no 'lake:', so the lake is " + dir.resolve("lake")
                        + ": there is no lake at file:" + dir.resolve("lake"))
                .doesNotContain("Spark");
    }

    /** Two analyses of one marts folder would each remove the other's unpublished set when publishing. */
    @Test
    void aSecondAnalysisOfTheSameMartsRefusesAtOnceNamingTheFirst() throws Exception {
        Files.createDirectories(dir.resolve("lake"));

        try (WorkspaceLock first = WorkspaceLock.acquire(dir.resolve("marts"), "analyze --config first.yaml")) {
            assertThat(analyzeWith("lake: lake\nmarts: marts\n")).isEqualTo(AnalyticsMain.FAILED);
        }
        assertThat(err())
                .contains("analyze: not started: ", dir.resolve("marts") + " is in use by analyze --config first.yaml")
                .doesNotContain("Spark");
    }
}

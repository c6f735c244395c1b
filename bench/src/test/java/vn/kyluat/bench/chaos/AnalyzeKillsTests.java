package vn.kyluat.bench.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness compares the CSV exports of the set of marts an analysis published, not a folder beside it. */
class AnalyzeKillsTests {
    @TempDir
    Path marts;

    @Test
    void theCsvExportsComparedAreThoseOfThePublishedSet() throws Exception {
        Files.createDirectories(marts.resolve("_sets/20261207T184948Z-14cc829a/csv"));
        Files.createDirectories(marts.resolve("_sets/20261207T170000Z-00000000/csv"));
        Files.writeString(
                marts.resolve("_current"), "set=20261207T184948Z-14cc829a\nprevious=20261207T170000Z-00000000\n");

        assertThat(AnalyzeKills.publishedCsv(marts)).isEqualTo(marts.resolve("_sets/20261207T184948Z-14cc829a/csv"));
    }
}

package vn.kyluat.reports.marts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kyluat.contract.Mart;
import vn.kyluat.contract.Quarter;
import vn.kyluat.reports.ProvinceFixture;

class PublishedSetTests {
    @TempDir
    Path workspace;

    Path marts;

    @org.junit.jupiter.api.BeforeEach
    void martsRoot() throws IOException {
        marts = Files.createDirectories(workspace.resolve("marts"));
    }

    private Marts load() {
        return Marts.load(marts.toString(), w -> {});
    }

    @Test
    void aReportReadsEveryMartFromTheOneSetThePointerNames() throws Exception {
        Path current = ProvinceFixture.copyTo(workspace);
        firstQuarterOnly(current, marts.resolve("_sets/older"));
        // What a set still being written, or an earlier layout, leaves beside the published one.
        Files.createDirectories(marts.resolve("_sets/being-written/csv"));
        Files.writeString(marts.resolve("_sets/being-written/csv/org_quarter_metrics.csv"), "quarter\n");
        Files.createDirectories(marts.resolve("csv"));
        Files.writeString(marts.resolve("csv/org_quarter_metrics.csv"), "quarter\n");

        assertThat(load().quarters())
                .extracting(Quarter::toString)
                .containsExactly("2025Q1", "2025Q2", "2025Q3", "2025Q4");
        assertThat(load().dataQuality()).isNotEmpty();

        Files.writeString(marts.resolve("_current"), "set=older\n");

        assertThat(load().quarters()).extracting(Quarter::toString).containsExactly("2025Q1");
    }

    /**
     * An earlier set beside the published one: the fixture's marts with the metrics of their first quarter
     * only (the quarter's rows as analytics wrote them, as if it had been analysed alone).
     */
    private static void firstQuarterOnly(Path set, Path older) throws IOException {
        Files.createDirectories(older.resolve("csv"));
        try (Stream<Path> exports = Files.list(set.resolve("csv"))) {
            for (Path export : exports.toList()) {
                Files.copy(export, older.resolve("csv").resolve(export.getFileName()));
            }
        }
        Path metrics = Path.of(Mart.ORG_QUARTER_METRICS.csvPath(older.toString()));
        java.util.List<String> lines = Files.readAllLines(metrics);
        Files.write(
                metrics,
                Stream.concat(Stream.of(lines.get(0)), lines.stream().filter(l -> l.startsWith("2025Q1,")))
                        .toList());
    }

    @Test
    void withoutAPointerTheMessageSaysWhichStagePublishesTheMarts() {
        assertThatThrownBy(this::load)
                .isInstanceOf(MartException.class)
                .hasMessageContaining("_current: no published marts (run the analytics stage first)");
    }

    @Test
    void aPointerToAMissingSetIsNamed() throws Exception {
        Files.writeString(marts.resolve("_current"), "set=gone\n");

        assertThatThrownBy(this::load)
                .isInstanceOf(MartException.class)
                .hasMessageContaining("names the set gone, but " + marts.resolve("_sets/gone") + " is not there");
    }
}

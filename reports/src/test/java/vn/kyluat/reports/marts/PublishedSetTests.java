package vn.kyluat.reports.marts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kyluat.contract.Quarter;
import vn.kyluat.reports.bench.SyntheticMarts;

class PublishedSetTests {
    @TempDir
    Path marts;

    private Marts load() {
        return Marts.load(marts.toString(), w -> {});
    }

    @Test
    void aReportReadsEveryMartFromTheOneSetThePointerNames() throws Exception {
        Path older = new SyntheticMarts(1, 2, Quarter.parse("2024Q1"), Quarter.parse("2024Q1"), 7L).writeTo(marts);
        Files.move(older, older.resolveSibling("older"));
        new SyntheticMarts(1, 2, Quarter.parse("2024Q2"), Quarter.parse("2024Q3"), 7L).writeTo(marts);
        // What a set still being written, or an earlier layout, leaves beside the published one.
        Files.createDirectories(marts.resolve("_sets/being-written/csv"));
        Files.writeString(marts.resolve("_sets/being-written/csv/org_quarter_metrics.csv"), "quarter\n");
        Files.createDirectories(marts.resolve("csv"));
        Files.writeString(marts.resolve("csv/org_quarter_metrics.csv"), "quarter\n");

        assertThat(load().quarters()).extracting(Quarter::toString).containsExactly("2024Q2", "2024Q3");
        assertThat(load().dataQuality()).isNotEmpty();

        Files.writeString(marts.resolve("_current"), "set=older\n");

        assertThat(load().quarters()).extracting(Quarter::toString).containsExactly("2024Q1");
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

package vn.kyluat.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The province the reports module's tests read is what today's generator, extraction and analytics make
 * of it, so that no report test passes against figures analytics would not write. A change that moves a
 * figure fails here; {@code reports/rebuild-fixture} then writes the fixture again (review its diff).
 */
class ReportsFixtureTests {
    /** The columns that name the extraction run or its clock: the only ones that differ between two runs. */
    private static final Map<String, Set<String>> RUN_COLUMNS = Map.of(
            "data_quality.csv", Set.of("run_id", "started_at"),
            "rejects.csv", Set.of("run_id", "rejected_at"));

    @TempDir
    static Path workspace;

    private static final SparkSession SPARK = SparkTestSession.get();

    @BeforeAll
    static void analyseTheFixturesProvince() throws IOException {
        ReportsFixture.analyse(workspace, SPARK);
        if (Boolean.getBoolean(ReportsFixture.REBUILD_PROPERTY)) {
            ReportsFixture.replaceCommitted(workspace);
        }
    }

    @Test
    void everyMartExportIsWhatAnalyticsWritesRunAndClockAside() throws IOException {
        Path fresh = ReportsFixture.csvExports(workspace);
        Path committed = ReportsFixture.csvExports(ReportsFixture.COMMITTED);
        assertThat(names(committed)).isEqualTo(names(fresh));
        for (String name : names(fresh)) {
            Set<String> runColumns = RUN_COLUMNS.getOrDefault(name, Set.of());
            assertThat(rows(committed.resolve(name), runColumns))
                    .as(name + " of the committed fixture against today's analytics")
                    .containsExactlyInAnyOrderElementsOf(rows(fresh.resolve(name), runColumns));
        }
    }

    @Test
    void theStaffRelationIsTheExtractionsRows() throws IOException {
        assertThat(staffRows(ReportsFixture.staffVersion(ReportsFixture.COMMITTED)))
                .hasSizeGreaterThan(100)
                .containsExactlyInAnyOrderElementsOf(staffRows(ReportsFixture.staffVersion(workspace)));
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    /** The header and every record of a CSV export, with the run's columns blanked. */
    private static List<List<String>> rows(Path csv, Set<String> runColumns) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.RFC4180.parse(in)) {
            List<String> header = null;
            for (CSVRecord record : parser) {
                List<String> values = new ArrayList<>(record.toList());
                if (header == null) {
                    header = List.copyOf(values);
                } else {
                    for (int c = 0; c < header.size(); c++) {
                        if (runColumns.contains(header.get(c))) {
                            values.set(c, "<run>");
                        }
                    }
                }
                rows.add(values);
            }
        }
        return rows;
    }

    /** Every row of a staff version, as text. */
    private static List<String> staffRows(Path version) {
        return SPARK.read().parquet(version.toString()).collectAsList().stream()
                .map(Row::toString)
                .toList();
    }
}

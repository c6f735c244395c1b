package vn.kyluat.analytics.marts;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.LocalInputFile;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kyluat.analytics.SparkTestSession;
import vn.kyluat.contract.Mart;

class MartPublisherTests {
    private final SparkSession spark = SparkTestSession.get();

    @TempDir
    Path dir;

    private String set() {
        return dir.resolve("set").toString();
    }

    /** tasks_without_lead rows for tasks T1..Tn in 2024Q3. */
    private Dataset<Row> tasks(int n) {
        return spark.range(1, n + 1)
                .select(
                        lit("2024Q3").as("quarter"),
                        lit("unit-a").as("source_id"),
                        col("id").cast("string").as("task_code"),
                        lit("a task").as("title"),
                        lit("ORG-1").as("assigned_by_org_code"),
                        lit(java.sql.Timestamp.from(java.time.Instant.parse("2024-07-01T00:00:00Z")))
                                .as("assigned_at"));
    }

    private Dataset<Row> published() {
        return spark.read().parquet(Mart.TASKS_WITHOUT_LEAD.datasetPath(set()));
    }

    @Test
    void aMartIsWrittenInItsSetAsParquetInOneFolderPerQuarterWithItsCsvBeside() throws Exception {
        MartPublisher.Published result =
                new MartPublisher(spark, set()).publish(Mart.TASKS_WITHOUT_LEAD, tasks(3), true);

        assertThat(result.rows()).isEqualTo(3);
        assertThat(dir.resolve("set/tasks_without_lead/quarter=2024Q3")).isDirectory();
        assertThat(published().count()).isEqualTo(3);
        assertThat(Files.readAllLines(dir.resolve("set/csv/tasks_without_lead.csv")))
                .hasSize(4);
        assertThat(dir.resolve("set")).isDirectoryNotContaining("glob:**/_*.csv-parts");
    }

    @Test
    void columnsWithAboutOneValuePerRowAreWrittenWithoutDictionary() throws Exception {
        new MartPublisher(spark, set()).publish(Mart.TASKS_WITHOUT_LEAD, tasks(50), false);
        Path file;
        try (Stream<Path> files = Files.walk(dir.resolve("set/tasks_without_lead"))) {
            file = files.filter(f -> f.toString().endsWith(".parquet"))
                    .findFirst()
                    .orElseThrow();
        }
        Map<String, Boolean> dictionaryByColumn = new TreeMap<>();
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file))) {
            reader.getFooter()
                    .getBlocks()
                    .get(0)
                    .getColumns()
                    .forEach(c -> dictionaryByColumn.put(c.getPath().toDotString(), c.hasDictionaryPage()));
        }

        assertThat(dictionaryByColumn)
                .containsExactly(
                        entry("assigned_at", false),
                        entry("assigned_by_org_code", true),
                        entry("source_id", true),
                        entry("task_code", false),
                        entry("title", false));
    }

    @Test
    void anEmptyMartStillCarriesItsColumns() {
        new MartPublisher(spark, set()).publish(Mart.TASKS_WITHOUT_LEAD, tasks(0), true);

        assertThat(published().count()).isZero();
        assertThat(List.of(published().columns()))
                .containsExactlyInAnyOrderElementsOf(Mart.TASKS_WITHOUT_LEAD.columns());
    }
}

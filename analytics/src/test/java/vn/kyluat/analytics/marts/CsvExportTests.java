package vn.kyluat.analytics.marts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kyluat.analytics.SparkTestSession;
import vn.kyluat.analytics.lake.HadoopFiles;
import vn.kyluat.contract.Mart;

class CsvExportTests {
    private final SparkSession spark = SparkTestSession.get();

    @TempDir
    Path dir;

    private static final StructType TASKS_WITHOUT_LEAD = DataTypes.createStructType(List.of(
            DataTypes.createStructField("assigned_at", DataTypes.TimestampType, true),
            DataTypes.createStructField("task_code", DataTypes.StringType, true),
            DataTypes.createStructField("quarter", DataTypes.StringType, true),
            DataTypes.createStructField("source_id", DataTypes.StringType, true),
            DataTypes.createStructField("title", DataTypes.StringType, true),
            DataTypes.createStructField("assigned_by_org_code", DataTypes.StringType, true)));

    private static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            rows.add(RowFactory.create(
                    Timestamp.from(Instant.parse("2024-07-01T01:00:00Z").plusSeconds(i)),
                    "T" + (100 + i),
                    i % 2 == 0 ? "2024Q3" : "2024Q4",
                    i % 3 == 0 ? "unit-b" : "unit-a",
                    "Việc " + i + ", gấp",
                    null));
        }
        return rows;
    }

    private String export(List<Row> rows, int partitions, String name) throws Exception {
        return export(rows, partitions, name, CsvExport.SINGLE_TASK_SORT_LIMIT);
    }

    private String export(List<Row> rows, int partitions, String name, long singleTaskSortLimit) throws Exception {
        Dataset<Row> mart = spark.createDataFrame(rows, TASKS_WITHOUT_LEAD).repartition(partitions);
        String file = dir.resolve(name).toString();
        Path parts = dir.resolve(name + ".parts");
        long written = CsvExport.write(
                Mart.TASKS_WITHOUT_LEAD,
                mart,
                new HadoopFiles(spark.sparkContext().hadoopConfiguration()),
                file,
                parts.toString(),
                singleTaskSortLimit);
        assertThat(written).isEqualTo(rows.size());
        assertThat(parts).doesNotExist();
        return Files.readString(Path.of(file), StandardCharsets.UTF_8);
    }

    @Test
    void theHeaderIsTheMartsColumnsInOrderAndRowsFollowTheGrain() throws Exception {
        String csv = export(rows(), 3, "a.csv");
        List<String> lines = csv.lines().toList();

        assertThat(lines.get(0)).isEqualTo("quarter,source_id,task_code,title,assigned_by_org_code,assigned_at");
        assertThat(lines.get(1)).isEqualTo("2024Q3,unit-a,T102,\"Việc 2, gấp\",,2024-07-01T08:00:02+07:00");
        assertThat(lines).hasSize(41);
        assertThat(lines.get(40)).startsWith("2024Q4,unit-b,T139,");
        assertThat(csv).endsWith("\r\n");
    }

    @Test
    void theSameRowsGiveTheSameBytesWhateverTheirOrderAndPartitioning() throws Exception {
        List<Row> shuffled = new ArrayList<>(rows());
        Collections.shuffle(shuffled, new Random(7));

        assertThat(export(shuffled, 5, "b.csv")).isEqualTo(export(rows(), 1, "c.csv"));
    }

    @Test
    void aLargeMartSortedAcrossTheClusterGivesTheSameBytesAsASmallOneSortedInOneTask() throws Exception {
        List<Row> shuffled = new ArrayList<>(rows());
        Collections.shuffle(shuffled, new Random(11));

        assertThat(export(shuffled, 4, "large.csv", 0)).isEqualTo(export(rows(), 2, "small.csv"));
    }
}

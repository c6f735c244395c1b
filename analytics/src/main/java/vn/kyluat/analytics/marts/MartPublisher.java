package vn.kyluat.analytics.marts;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import vn.kyluat.analytics.lake.HadoopFiles;
import vn.kyluat.contract.Mart;
import vn.kyluat.contract.MartGrain;

/**
 * Writes each mart of one analysis into the folder of its {@link MartSet}: the Parquet dataset, then,
 * unless skipped, its CSV export. Nothing here is visible to readers until the set is published.
 */
public final class MartPublisher {
    private static final List<String> PLAIN_ENCODED =
            List.of(Mart.TASK_CODE, Mart.TITLE, Mart.ASSIGNED_AT, Mart.COMPLETED_AT);

    private final SparkSession spark;
    private final HadoopFiles files;
    private final String setDir;

    public MartPublisher(SparkSession spark, String setDir) {
        this.spark = spark;
        this.files = new HadoopFiles(spark.sparkContext().hadoopConfiguration());
        this.setDir = setDir;
    }

    /** Where a mart was written in its set and how many rows it has. */
    public record Published(Mart mart, long rows, String dataset, String csv) {}

    /**
     * Writes the mart's Parquet dataset and, when {@code withCsv}, its CSV export.
     *
     * @param rows exactly the mart's columns (in any order)
     */
    public Published publish(Mart mart, Dataset<Row> rows, boolean withCsv) {
        String dataset = mart.datasetPath(setDir);
        Dataset<Row> written = writeParquet(mart, rows, dataset);
        String csv = mart.csvPath(setDir);
        String parts = setDir + "/_" + mart.martName() + ".csv-parts";
        long count = withCsv ? CsvExport.write(mart, written, files, csv, parts) : written.count();
        return new Published(mart, count, dataset, withCsv ? csv : null);
    }

    /** The Parquet files written, read back (so that the CSV is made from exactly what was published). */
    private Dataset<Row> writeParquet(Mart mart, Dataset<Row> rows, String dir) {
        Dataset<Row> columns =
                rows.select(mart.columns().stream().map(c -> col(c)).toArray(Column[]::new));
        StructType schema = columns.schema();
        if (MartGrain.partitionedByQuarter(mart)) {
            // No repartition by quarter: for the task-level marts that shuffle cost more than the whole write.
            parquetWriter(columns).partitionBy(Mart.QUARTER).parquet(dir);
            if (files.folders(dir).isEmpty()) {
                // An empty mart leaves no partition, hence no schema: write one empty file that carries it.
                spark.createDataFrame(List.of(), schema)
                        .write()
                        .mode("overwrite")
                        .parquet(dir);
            }
        } else {
            parquetWriter(columns.coalesce(1)).parquet(dir);
        }
        return spark.read().schema(schema).parquet(dir);
    }

    /**
     * Columns with about one value per row (task codes, free-text titles, instants) are written plain:
     * Parquet's dictionary encoder would hash every value until its dictionary outgrew a page, then fall
     * back and encode the values again (at 10 M tasks, a third of writing task_quarter_facts).
     */
    private static DataFrameWriter<Row> parquetWriter(Dataset<Row> rows) {
        return rows.write()
                .options(PLAIN_ENCODED.stream()
                        .collect(Collectors.toMap(column -> "parquet.enable.dictionary#" + column, column -> "false")));
    }
}

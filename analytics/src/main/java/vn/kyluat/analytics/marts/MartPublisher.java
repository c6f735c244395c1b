package vn.kyluat.analytics.marts;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import java.util.UUID;
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
 * Publishes marts under the marts root so that a reader never sees half a mart and a run that dies
 * leaves the previous one in place. Each mart is written whole into {@code _publish/<mart>.<id>/},
 * its CSV into {@code csv/.<mart>.csv.<id>}; only then is the Parquet folder swapped in by renames
 * and the CSV moved over the old one. A run killed between the two renames of the swap leaves the
 * previous mart in {@code _publish/<mart>.previous}, which the next publication puts back first;
 * then it removes whatever else dead runs left behind.
 */
public final class MartPublisher {
  private static final String PUBLISH_DIR = "_publish";
  private static final List<String> PLAIN_ENCODED = List.of("task_code", "title", "assigned_at", "completed_at");

  private final SparkSession spark;
  private final HadoopFiles files;
  private final String martsRoot;
  private final String publicationId = UUID.randomUUID().toString();

  public MartPublisher(SparkSession spark, String martsRoot) {
    this.spark = spark;
    this.files = new HadoopFiles(spark.sparkContext().hadoopConfiguration());
    this.martsRoot = HadoopFiles.qualify(martsRoot);
  }

  /** Where a mart was published and how many rows it has. */
  public record Published(Mart mart, long rows, String dataset, String csv) {}

  /**
   * Writes the mart's Parquet dataset and, when {@code withCsv}, its CSV export; then publishes both.
   *
   * @param rows exactly the mart's columns (in any order)
   */
  public Published publish(Mart mart, Dataset<Row> rows, boolean withCsv) {
    String target = mart.datasetPath(martsRoot);
    String staging = publishDir() + "/" + mart.martName() + "." + publicationId;
    String previous = publishDir() + "/" + mart.martName() + ".previous";
    restoreInterruptedSwap(target, previous);
    discardLeftovers(mart);

    Dataset<Row> written = writeParquet(mart, rows, staging);
    String csv = mart.csvPath(martsRoot);
    String csvStaging = martsRoot + "/csv/." + mart.martName() + ".csv." + publicationId;
    long count = withCsv ? CsvExport.write(mart, written, files, csvStaging, staging + ".csv-parts") : written.count();

    if (files.exists(target)) {
      files.move(target, previous);
    }
    files.move(staging, target);
    files.delete(previous);
    if (withCsv) {
      files.replaceFile(csvStaging, csv);
    }
    return new Published(mart, count, target, withCsv ? csv : null);
  }

  /** The Parquet files written, read back (so that the CSV is made from exactly what was published). */
  private Dataset<Row> writeParquet(Mart mart, Dataset<Row> rows, String dir) {
    Dataset<Row> columns = rows.select(mart.columns().stream().map(c -> col(c)).toArray(Column[]::new));
    StructType schema = columns.schema();
    if (MartGrain.partitionedByQuarter(mart)) {
      // No repartition by quarter: for the task-level marts that shuffle cost more than the whole write.
      parquetWriter(columns).partitionBy(Mart.QUARTER).parquet(dir);
      if (files.folders(dir).isEmpty()) {
        // An empty mart leaves no partition, hence no schema: write one empty file that carries it.
        spark.createDataFrame(List.of(), schema).write().mode("overwrite").parquet(dir);
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
    return rows.write().options(PLAIN_ENCODED.stream()
        .collect(Collectors.toMap(column -> "parquet.enable.dictionary#" + column, column -> "false")));
  }

  private void restoreInterruptedSwap(String target, String previous) {
    if (!files.exists(target) && files.exists(previous)) {
      files.move(previous, target);
    }
  }

  /**
   * What earlier runs left behind when they died: staging folders and CSV files never published, and
   * a previous mart not yet deleted after the new one was swapped in.
   */
  private void discardLeftovers(Mart mart) {
    String prefix = mart.martName() + ".";
    files.folders(publishDir()).stream()
        .filter(name -> name.startsWith(prefix))
        .forEach(name -> files.delete(publishDir() + "/" + name));
    files.files(martsRoot + "/csv").stream()
        .filter(name -> name.startsWith("." + mart.martName() + ".csv."))
        .forEach(name -> files.delete(martsRoot + "/csv/" + name));
  }

  private String publishDir() {
    return martsRoot + "/" + PUBLISH_DIR;
  }
}

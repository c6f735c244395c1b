package vn.kyluat.analytics.marts;

import static org.apache.spark.sql.functions.col;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.kyluat.analytics.lake.HadoopFiles;
import vn.kyluat.contract.Mart;

/**
 * Writes a mart as one CSV file ({@link CsvFormat}): header row, then the rows in {@link
 * MartGrain#sortOrder(Mart)}. A small mart is sorted in one task; a large one is sorted across the
 * cluster and streamed to the driver one partition at a time, so it can be larger than the driver's
 * memory. The file is written through Hadoop, so the marts may live on HDFS.
 */
public final class CsvExport {
  /** Up to this many rows a mart is sorted in a single task (one Spark job instead of three or more). */
  static final long SINGLE_TASK_SORT_LIMIT = 200_000;

  private CsvExport() {}

  /** Writes the mart's rows to {@code file} (created or overwritten) and returns how many were written. */
  public static long write(Mart mart, Dataset<Row> rows, HadoopFiles files, String file) {
    return write(mart, rows, files, file, SINGLE_TASK_SORT_LIMIT);
  }

  static long write(Mart mart, Dataset<Row> rows, HadoopFiles files, String file, long singleTaskSortLimit) {
    Column[] order = MartGrain.sortOrder(mart).stream().map(c -> col(c).asc_nulls_first()).toArray(Column[]::new);
    Column[] columns = mart.columns().stream().map(c -> col(c)).toArray(Column[]::new);
    Dataset<Row> selected = rows.select(columns);
    Iterator<Row> sorted = selected.count() <= singleTaskSortLimit
        ? selected.coalesce(1).sortWithinPartitions(order).toLocalIterator()
        : selected.sort(order).toLocalIterator();
    try (Writer out = new BufferedWriter(new OutputStreamWriter(files.create(file), StandardCharsets.UTF_8), 1 << 16)) {
      return write(mart.columns(), sorted, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** The header, then one line per row, in the order given. */
  public static long write(List<String> header, Iterator<Row> rows, Writer out) throws IOException {
    out.write(CsvFormat.line(header));
    long count = 0;
    List<Object> values = new ArrayList<>(header.size());
    while (rows.hasNext()) {
      Row row = rows.next();
      values.clear();
      for (int i = 0; i < row.size(); i++) {
        values.add(row.get(i));
      }
      out.write(CsvFormat.line(values));
      count++;
    }
    return count;
  }
}

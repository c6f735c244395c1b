package vn.kyluat.analytics.marts;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import vn.kyluat.analytics.lake.HadoopFiles;
import vn.kyluat.contract.Mart;
import vn.kyluat.contract.MartCsv;
import vn.kyluat.contract.MartGrain;

/**
 * Writes a mart as one CSV file ({@link MartCsv}): header row, then the rows in {@link
 * MartGrain#sortOrder(Mart)}. A small mart is sorted in one task; a large one is sorted across the
 * cluster. Each sorted partition is formatted and written where it lies, as one part of the file, and
 * the parts are joined in order behind the header: no row passes through the driver, so a mart can be
 * larger than the driver's memory, and its lines are made on every core. The files are written through
 * Hadoop, so the marts may live on HDFS.
 */
public final class CsvExport {
    /** Up to this many rows a mart is sorted in a single task (one Spark job instead of three or more). */
    static final long SINGLE_TASK_SORT_LIMIT = 200_000;

    private CsvExport() {}

    /**
     * Writes the mart's rows to {@code file} (created or overwritten) and returns how many were written.
     *
     * @param partsDir a folder that does not exist yet, for the parts; removed once they are joined
     */
    public static long write(Mart mart, Dataset<Row> rows, HadoopFiles files, String file, String partsDir) {
        return write(mart, rows, files, file, partsDir, SINGLE_TASK_SORT_LIMIT);
    }

    static long write(
            Mart mart, Dataset<Row> rows, HadoopFiles files, String file, String partsDir, long singleTaskSortLimit) {
        Column[] order = MartGrain.sortOrder(mart).stream()
                .map(c -> col(c).asc_nulls_first())
                .toArray(Column[]::new);
        Column[] columns = mart.columns().stream().map(c -> col(c)).toArray(Column[]::new);
        Dataset<Row> selected = rows.select(columns);
        long count = selected.count();
        Dataset<Row> sorted =
                count <= singleTaskSortLimit ? selected.coalesce(1).sortWithinPartitions(order) : selected.sort(order);
        // A sort's partitions hold consecutive ranges in order, and each is written as the part named by its index.
        sorted.map((MapFunction<Row, String>) CsvExport::record, Encoders.STRING())
                .write()
                .option("lineSep", MartCsv.LINE_END)
                .text(partsDir);
        try (OutputStream out = files.create(file)) {
            out.write(MartCsv.line(mart.columns()).getBytes(StandardCharsets.UTF_8));
            for (String part : files.files(partsDir)) {
                if (part.startsWith("part-")) {
                    files.copy(partsDir + "/" + part, out);
                    FaultPoint.reach(FaultPoint.DURING_CSV_EXPORT);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        files.delete(partsDir);
        return count;
    }

    private static String record(Row row) {
        return MartCsv.record(IntStream.range(0, row.size()).mapToObj(row::get).toList());
    }
}

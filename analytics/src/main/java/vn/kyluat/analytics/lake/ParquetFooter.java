package vn.kyluat.analytics.lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.Type;

/** Reads what a Parquet file's footer says about its columns, on the driver. */
final class ParquetFooter {
  private ParquetFooter() {}

  static List<String> columnNames(Configuration conf, String file) {
    try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(new Path(file), conf))) {
      return reader.getFileMetaData().getSchema().getFields().stream().map(Type::getName).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the footer of " + file, e);
    }
  }
}

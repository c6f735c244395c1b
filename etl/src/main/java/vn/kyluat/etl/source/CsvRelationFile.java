package vn.kyluat.etl.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.kyluat.contract.Relation;

/**
 * A {@code <relation>.csv} export (METRICS.md §1): UTF-8 with an optional byte-order mark, a header
 * naming the contract's columns in any order, empty field = null. Columns the contract does not
 * know are ignored; a missing column reads as null everywhere (its rows are then rejected).
 */
public final class CsvRelationFile {
  private static final char BYTE_ORDER_MARK = '\uFEFF';
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
      .setHeader()
      .setSkipHeaderRecord(true)
      .setIgnoreEmptyLines(true)
      .setAllowMissingColumnNames(true)
      .get();

  private CsvRelationFile() {}

  public static Path of(Path folder, Relation relation) {
    return folder.resolve(relation.tableName() + ".csv");
  }

  /** Every record of the file, fields in the contract's column order. */
  public static List<SourceRow> read(Path file, Relation relation) throws IOException {
    try (Reader reader = withoutByteOrderMark(Files.newBufferedReader(file, StandardCharsets.UTF_8));
        CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
      int[] positions = positions(parser.getHeaderMap(), relation);
      List<SourceRow> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        Object[] raw = new Object[positions.length];
        for (int i = 0; i < positions.length; i++) {
          String field = positions[i] < 0 || positions[i] >= record.size() ? null : record.get(positions[i]);
          raw[i] = field == null || field.isEmpty() ? null : field;
        }
        rows.add(new SourceRow(raw));
      }
      return rows;
    }
  }

  private static Reader withoutByteOrderMark(BufferedReader reader) throws IOException {
    reader.mark(1);
    if (reader.read() != BYTE_ORDER_MARK) {
      reader.reset();
    }
    return reader;
  }

  private static int[] positions(Map<String, Integer> header, Relation relation) {
    List<String> names = relation.columnNames();
    int[] positions = new int[names.size()];
    java.util.Arrays.fill(positions, -1);
    header.forEach((name, index) -> {
      int column = names.indexOf(name.trim().toLowerCase(Locale.ROOT));
      if (column >= 0) {
        positions[column] = index;
      }
    });
    return positions;
  }
}

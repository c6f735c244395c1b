package vn.kyluat.reports.marts;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import vn.kyluat.contract.Mart;

/** One row of a mart's CSV export: the contract's columns, an empty field read as null. */
public record MartRow(Map<String, String> values) {

  static MartRow of(Mart mart, CSVRecord record, Path file) {
    if (!record.isConsistent()) {
      throw new MartException(file + ":" + record.getRecordNumber() + ": wrong number of fields");
    }
    Map<String, String> values = new HashMap<>();
    Map<String, String> all = record.toMap();
    List<String> columns = mart.columns();
    for (String column : columns) {
      String value = all.containsKey(column) ? all.get(column) : all.get("\uFEFF" + column);
      values.put(column, value == null || value.isEmpty() ? null : value);
    }
    return new MartRow(values);
  }

  /** A row from column values (absent columns read as null), for synthetic marts. */
  public static MartRow of(Map<String, String> values) {
    return new MartRow(new HashMap<>(values));
  }

  public String get(String column) {
    return values.get(column);
  }

  public long getLong(String column) {
    String value = values.get(column);
    return value == null ? 0 : Long.parseLong(value);
  }
}

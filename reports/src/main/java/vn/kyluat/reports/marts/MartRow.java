package vn.kyluat.reports.marts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/** One row of a mart's CSV export: the contract's columns, an empty field read as null. */
public record MartRow(Map<String, String> values) {

  static MartRow of(List<String> columns, int[] positions, CSVRecord record) {
    Map<String, String> values = new HashMap<>(columns.size() * 2);
    for (int i = 0; i < positions.length; i++) {
      String value = record.get(positions[i]);
      values.put(columns.get(i), value.isEmpty() ? null : value);
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

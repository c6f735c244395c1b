package vn.kyluat.reports.marts;

import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/**
 * One row of a mart's CSV export: the contract's columns, an empty field read as null. The
 * column positions are shared by every row of the mart, so a row is just its values.
 */
public final class MartRow {
    private final Map<String, Integer> positions;
    private final String[] values;

    private MartRow(Map<String, Integer> positions, String[] values) {
        this.positions = positions;
        this.values = values;
    }

    /** @param positions column name → index into the record, for the mart's columns */
    static MartRow of(Map<String, Integer> positions, CSVRecord record) {
        String[] values = new String[record.size()];
        for (int i = 0; i < values.length; i++) {
            String value = record.get(i);
            values[i] = value.isEmpty() ? null : value;
        }
        return new MartRow(positions, values);
    }

    /** The column's value; null when empty. */
    public String get(String column) {
        Integer position = positions.get(column);
        if (position == null) {
            throw new IllegalArgumentException("no column '" + column + "' in this mart");
        }
        return values[position];
    }

    public long getLong(String column) {
        String value = get(column);
        return value == null ? 0 : Long.parseLong(value);
    }
}

package vn.kyluat.etl.source;

import java.util.List;
import vn.kyluat.contract.Column;
import vn.kyluat.contract.ColumnType;
import vn.kyluat.contract.Relation;

/**
 * Turns a {@link SourceRow} into the relation's typed values: text fields are parsed with {@link
 * ValueParser}; values a database already typed pass through. Unparseable fields become {@link Malformed}.
 */
public final class RowConverter {
    private final ColumnType[] types;

    public RowConverter(Relation relation) {
        List<Column> columns = relation.columns();
        this.types = columns.stream().map(Column::type).toArray(ColumnType[]::new);
    }

    /** One field as its contract type: text parsed, a value the database typed as it is. */
    public static Object typed(Relation relation, String column, Object raw) {
        ColumnType type = relation.column(column).type();
        return raw instanceof String text && type != ColumnType.TEXT ? ValueParser.parse(type, text) : raw;
    }

    /** The typed values; the row's own array when a database typed every field already (values are never changed). */
    public Object[] convert(SourceRow row) {
        Object[] raw = row.raw();
        Object[] values = raw;
        for (int i = 0; i < types.length; i++) {
            if (raw[i] instanceof String text && types[i] != ColumnType.TEXT) {
                if (values == raw) {
                    values = raw.clone();
                }
                values[i] = ValueParser.parse(types[i], text);
            }
        }
        return values;
    }
}

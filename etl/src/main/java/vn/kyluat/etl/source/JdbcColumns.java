package vn.kyluat.etl.source;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.kyluat.contract.Column;
import vn.kyluat.contract.Relation;
import vn.kyluat.contract.Zone;

/**
 * How each contract column is read from a result set, decided once per query from its metadata:
 * typed getters where the database type matches the contract, the text otherwise (parsed later,
 * so a bad value is rejected with what was there).
 */
final class JdbcColumns {
    /** Reads one field of the current row. */
    interface FieldReader {
        Object read(ResultSet rs) throws SQLException;
    }

    private JdbcColumns() {}

    static FieldReader[] readers(Relation relation, ResultSetMetaData meta) throws SQLException {
        List<Column> columns = relation.columns();
        FieldReader[] readers = new FieldReader[columns.size()];
        for (int i = 0; i < readers.length; i++) {
            readers[i] = reader(relation, columns.get(i).name(), meta);
        }
        return readers;
    }

    /** How one contract column is read from a result set that returns it. */
    static FieldReader reader(Relation relation, String column, ResultSetMetaData meta) throws SQLException {
        int index = indexOf(meta, column, relation);
        return reader(
                relation.column(column),
                index,
                meta.getColumnType(index),
                meta.getColumnTypeName(index).toLowerCase(Locale.ROOT));
    }

    /**
     * Fails unless the query returns every contract column, naming all the missing ones at once and
     * the columns it returns that the contract does not know (most often the misnamed ones).
     */
    static void checkShape(ResultSetMetaData meta, Relation relation) throws SQLException {
        List<String> returned = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            returned.add(meta.getColumnLabel(i).toLowerCase(Locale.ROOT));
        }
        List<String> missing = relation.columnNames().stream()
                .filter(c -> !returned.contains(c))
                .toList();
        if (missing.isEmpty()) {
            return;
        }
        List<String> unknown = returned.stream()
                .filter(c -> !relation.columnNames().contains(c))
                .toList();
        throw new SQLException("the query for " + relation.tableName() + " returns no column "
                + String.join(", ", missing)
                + (unknown.isEmpty()
                        ? ""
                        : "; it returns " + String.join(", ", unknown) + ", which the contract does not know")
                + "; alias each source column as its contract name, e.g. SELECT ma AS " + missing.get(0) + " ...");
    }

    static int indexOf(ResultSetMetaData meta, String name, Relation relation) throws SQLException {
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            if (meta.getColumnLabel(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        throw new SQLException("the query for " + relation.tableName() + " returns no column '" + name + "'");
    }

    /**
     * The column of the mapping's result that holds a contract column, as {@code s.<label>} quoted
     * with the database's identifier quote (unquoted where it has none).
     */
    static String sourceColumn(ResultSetMetaData meta, String contractName, Relation relation, String quote)
            throws SQLException {
        String label = meta.getColumnLabel(indexOf(meta, contractName, relation));
        return quote.isBlank() ? "s." + label : "s." + quote + label.replace(quote, quote + quote) + quote;
    }

    private static FieldReader reader(Column column, int i, int sqlType, String typeName) {
        return switch (column.type()) {
            case TEXT -> rs -> rs.getString(i);
            case DATE -> sqlType == Types.DATE ? rs -> rs.getObject(i, LocalDate.class) : rs -> rs.getString(i);
            case TIMESTAMP -> timestamp(i, sqlType, typeName);
            case BIGINT -> isInteger(sqlType) ? rs -> nullable(rs, rs.getLong(i)) : rs -> rs.getString(i);
            case BOOLEAN ->
                sqlType == Types.BOOLEAN || sqlType == Types.BIT
                        ? rs -> nullable(rs, rs.getBoolean(i))
                        : rs -> rs.getString(i);
        };
    }

    /** Whether the column is a timestamp without zone, which holds local time. */
    static boolean isLocalTimestamp(ResultSetMetaData meta, String name, Relation relation) {
        try {
            int i = indexOf(meta, name, relation);
            return meta.getColumnType(i) == Types.TIMESTAMP
                    && !hasZone(meta.getColumnType(i), meta.getColumnTypeName(i).toLowerCase(Locale.ROOT));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean hasZone(int sqlType, String typeName) {
        return sqlType == Types.TIMESTAMP_WITH_TIMEZONE
                || typeName.contains("tz")
                || typeName.contains("with time zone");
    }

    private static FieldReader timestamp(int i, int sqlType, String typeName) {
        if (hasZone(sqlType, typeName)) {
            return rs -> {
                OffsetDateTime value = rs.getObject(i, OffsetDateTime.class);
                return value == null ? null : value.toInstant();
            };
        }
        if (sqlType == Types.TIMESTAMP) {
            // A timestamp without zone is local time (docs/contract.md), never the JVM's zone.
            return rs -> {
                LocalDateTime value = rs.getObject(i, LocalDateTime.class);
                return value == null ? null : value.toInstant(Zone.VIETNAM);
            };
        }
        return rs -> rs.getString(i);
    }

    private static boolean isInteger(int sqlType) {
        return sqlType == Types.BIGINT
                || sqlType == Types.INTEGER
                || sqlType == Types.SMALLINT
                || sqlType == Types.TINYINT;
    }

    private static Object nullable(ResultSet rs, Object value) throws SQLException {
        return rs.wasNull() ? null : value;
    }
}

package vn.kyluat.etl.source;

import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.kyluat.contract.Column;
import vn.kyluat.contract.Relation;
import vn.kyluat.etl.source.CopyBinaryInput.FieldDecoder;

/**
 * What a binary COPY selects for each contract column, decided once per query from the source's
 * column types: the value itself where PostgreSQL's type matches the contract (decoded from its
 * binary form), its text otherwise ({@code ::text}, parsed later like a CSV field, so a bad value is
 * rejected with what was there). The same choices as {@link JdbcColumns}.
 *
 * @param columns the source's own column names, quoted, in contract order
 */
record CopyColumns(List<String> columns, List<String> expressions, FieldDecoder[] decoders) {

    static CopyColumns of(Relation relation, ResultSetMetaData meta) throws SQLException {
        JdbcColumns.checkShape(meta, relation);
        List<String> columns = new ArrayList<>();
        List<String> expressions = new ArrayList<>();
        List<FieldDecoder> decoders = new ArrayList<>();
        for (Column column : relation.columns()) {
            int index = JdbcColumns.indexOf(meta, column.name(), relation);
            String name = JdbcColumns.sourceColumn(meta, column.name(), relation, "\"");
            String type = meta.getColumnTypeName(index).toLowerCase(Locale.ROOT);
            FieldDecoder binary = binaryDecoder(column, type);
            columns.add(name);
            if (binary == null) {
                expressions.add(name + "::text");
                decoders.add(new RepeatedTextDecoder());
            } else {
                expressions.add(binary == CopyFieldDecoders.INT8 ? name + "::int8" : name);
                decoders.add(binary);
            }
        }
        return new CopyColumns(columns, expressions, decoders.toArray(FieldDecoder[]::new));
    }

    /** The quoted source column of a contract column. */
    String column(Relation relation, String contractName) {
        return columns.get(relation.columnNames().indexOf(contractName));
    }

    /** The decoder of the column's own binary form; null when it is read as text (TEXT, or a type the contract does not use). */
    private static FieldDecoder binaryDecoder(Column column, String type) {
        return switch (column.type()) {
            case TEXT -> null;
            case DATE -> type.equals("date") ? CopyFieldDecoders.DATE : null;
            case TIMESTAMP ->
                switch (type) {
                    case "timestamptz" -> CopyFieldDecoders.TIMESTAMPTZ;
                    case "timestamp" -> CopyFieldDecoders.LOCAL_TIMESTAMP;
                    default -> null;
                };
            case BIGINT ->
                type.equals("int8") || type.equals("int4") || type.equals("int2") ? CopyFieldDecoders.INT8 : null;
            case BOOLEAN -> type.equals("bool") ? CopyFieldDecoders.BOOL : null;
        };
    }
}

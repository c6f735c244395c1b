package vn.kyluat.etl.lake;

import org.apache.parquet.column.ColumnReader;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import vn.kyluat.contract.ColumnType;

/** Reads a Parquet record, or a column's current value, back into the typed values the lake wrote. */
final class GroupValues {
    private GroupValues() {}

    static ColumnType[] types(MessageType schema) {
        return schema.getFields().stream().map(f -> type(f.asPrimitiveType())).toArray(ColumnType[]::new);
    }

    private static ColumnType type(PrimitiveType field) {
        LogicalTypeAnnotation logical = field.getLogicalTypeAnnotation();
        return switch (field.getPrimitiveTypeName()) {
            case BINARY -> ColumnType.TEXT;
            case INT32 -> ColumnType.DATE;
            case INT64 ->
                logical instanceof LogicalTypeAnnotation.TimestampLogicalTypeAnnotation
                        ? ColumnType.TIMESTAMP
                        : ColumnType.BIGINT;
            case BOOLEAN -> ColumnType.BOOLEAN;
            default -> throw new IllegalArgumentException("the lake writes no " + field);
        };
    }

    static Object[] values(Group group, ColumnType[] types) {
        Object[] values = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            if (group.getFieldRepetitionCount(i) == 0) {
                continue;
            }
            values[i] = switch (types[i]) {
                case TEXT -> group.getString(i, 0);
                case DATE -> ParquetValues.date(group.getInteger(i, 0));
                case TIMESTAMP -> ParquetValues.instant(group.getLong(i, 0));
                case BIGINT -> group.getLong(i, 0);
                case BOOLEAN -> group.getBoolean(i, 0);
            };
        }
        return values;
    }

    /** The current (defined) value of a column reader. */
    static Object value(ColumnReader column, ColumnType type) {
        return switch (type) {
            case TEXT -> column.getBinary().toStringUsingUTF8();
            case DATE -> ParquetValues.date(column.getInteger());
            case TIMESTAMP -> ParquetValues.instant(column.getLong());
            case BIGINT -> column.getLong();
            case BOOLEAN -> column.getBoolean();
        };
    }
}

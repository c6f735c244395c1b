package vn.kyluat.warehouse;

import org.apache.parquet.column.ColumnReader;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimestampLogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;

/** Copies a Parquet column's current value into a binary COPY row as its PostgreSQL type expects. */
@FunctionalInterface
interface FieldCopier {
    /** PostgreSQL counts dates and timestamps from 2000-01-01, Parquet from 1970-01-01. */
    int PG_EPOCH_DAYS = 10_957;

    long PG_EPOCH_MICROS = PG_EPOCH_DAYS * 86_400_000_000L;

    void copy(ColumnReader value, BinaryCopyBuffer row);

    static FieldCopier of(PgType type, PrimitiveType field) {
        return switch (type) {
            case TEXT -> (value, row) -> row.writeBytes(value.getBinary().toByteBuffer());
            case INTEGER -> (value, row) -> row.writeInt(value.getInteger());
            case BIGINT -> (value, row) -> row.writeLong(value.getLong());
            case DOUBLE -> (value, row) -> row.writeLong(Double.doubleToRawLongBits(value.getDouble()));
            case REAL -> (value, row) -> row.writeInt(Float.floatToRawIntBits(value.getFloat()));
            case BOOLEAN -> (value, row) -> row.writeBoolean(value.getBoolean());
            case DATE -> (value, row) -> row.writeInt(value.getInteger() - PG_EPOCH_DAYS);
            case TIMESTAMPTZ, TIMESTAMP -> timestamp((TimestampLogicalTypeAnnotation) field.getLogicalTypeAnnotation());
        };
    }

    private static FieldCopier timestamp(TimestampLogicalTypeAnnotation timestamp) {
        return switch (timestamp.getUnit()) {
            case MICROS -> (value, row) -> row.writeLong(value.getLong() - PG_EPOCH_MICROS);
            case MILLIS -> (value, row) -> row.writeLong(value.getLong() * 1_000L - PG_EPOCH_MICROS);
            case NANOS -> (value, row) -> row.writeLong(Math.floorDiv(value.getLong(), 1_000L) - PG_EPOCH_MICROS);
        };
    }
}

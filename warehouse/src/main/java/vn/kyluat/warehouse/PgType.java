package vn.kyluat.warehouse;

import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.DateLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.IntLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.StringLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimestampLogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;

/** The PostgreSQL type a Parquet column is loaded as, chosen from its physical and logical type. */
enum PgType {
    TEXT("text"),
    INTEGER("integer"),
    BIGINT("bigint"),
    DOUBLE("double precision"),
    REAL("real"),
    BOOLEAN("boolean"),
    DATE("date"),
    /** An instant: Parquet TIMESTAMP adjusted to UTC. */
    TIMESTAMPTZ("timestamptz"),
    /** A wall-clock time: Parquet TIMESTAMP not adjusted to UTC. */
    TIMESTAMP("timestamp");

    private final String sql;

    PgType(String sql) {
        this.sql = sql;
    }

    String sql() {
        return sql;
    }

    static PgType of(PrimitiveType field) {
        LogicalTypeAnnotation logical = field.getLogicalTypeAnnotation();
        PgType type = switch (field.getPrimitiveTypeName()) {
            case BINARY -> logical == null || logical instanceof StringLogicalTypeAnnotation ? TEXT : null;
            case INT32 ->
                logical == null || logical instanceof IntLogicalTypeAnnotation
                        ? INTEGER
                        : logical instanceof DateLogicalTypeAnnotation ? DATE : null;
            case INT64 ->
                logical == null || logical instanceof IntLogicalTypeAnnotation
                        ? BIGINT
                        : logical instanceof TimestampLogicalTypeAnnotation t
                                ? (t.isAdjustedToUTC() ? TIMESTAMPTZ : TIMESTAMP)
                                : null;
            case DOUBLE -> DOUBLE;
            case FLOAT -> REAL;
            case BOOLEAN -> BOOLEAN;
            default -> null;
        };
        if (type == null) {
            throw new IllegalArgumentException(
                    "column '" + field.getName() + "' has a Parquet type the warehouse does not load: " + field);
        }
        return type;
    }
}

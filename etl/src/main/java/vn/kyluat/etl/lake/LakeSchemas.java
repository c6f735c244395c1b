package vn.kyluat.etl.lake;

import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;
import vn.kyluat.contract.Column;
import vn.kyluat.contract.ColumnType;
import vn.kyluat.contract.LakeLayout;
import vn.kyluat.contract.Relation;

/**
 * Parquet schemas of the lake: a relation's dataset ({@code source_id}, then the contract's columns
 * in order) and the rejects dataset ({@link LakeLayout#REJECT_COLUMNS}). TEXT is a UTF-8 string,
 * DATE a Parquet DATE, TIMESTAMP a TIMESTAMP(MICROS, adjusted to UTC) holding the instant.
 */
public final class LakeSchemas {
    private LakeSchemas() {}

    public static MessageType relation(Relation relation) {
        List<Type> fields = new ArrayList<>();
        fields.add(field(Relation.SOURCE_ID, ColumnType.TEXT, true));
        for (Column column : relation.columns()) {
            fields.add(field(column.name(), column.type(), false));
        }
        return new MessageType(relation.tableName(), fields);
    }

    /** Types of a relation dataset's fields, source_id first. */
    public static ColumnType[] relationTypes(Relation relation) {
        ColumnType[] types = new ColumnType[relation.columns().size() + 1];
        types[0] = ColumnType.TEXT;
        for (int i = 1; i < types.length; i++) {
            types[i] = relation.columns().get(i - 1).type();
        }
        return types;
    }

    /** Events waiting for their task: the task_event fields, then how many runs retried them ({@code retries}). */
    public static MessageType pendingOrphans() {
        List<Type> fields = new ArrayList<>(relation(Relation.TASK_EVENT).getFields());
        fields.add(field(PENDING_RETRIES, ColumnType.BIGINT, true));
        return new MessageType("pending_orphans", fields);
    }

    public static final String PENDING_RETRIES = "retries";

    public static ColumnType[] pendingOrphanTypes() {
        ColumnType[] event = relationTypes(Relation.TASK_EVENT);
        ColumnType[] types = java.util.Arrays.copyOf(event, event.length + 1);
        types[event.length] = ColumnType.BIGINT;
        return types;
    }

    public static MessageType rejects() {
        List<Type> fields = new ArrayList<>();
        for (String name : LakeLayout.REJECT_COLUMNS) {
            fields.add(field(name, rejectType(name), !"record_key".equals(name) && !"detail".equals(name)));
        }
        return new MessageType("rejects", fields);
    }

    public static ColumnType[] rejectTypes() {
        return LakeLayout.REJECT_COLUMNS.stream().map(LakeSchemas::rejectType).toArray(ColumnType[]::new);
    }

    private static ColumnType rejectType(String name) {
        return "rejected_at".equals(name) ? ColumnType.TIMESTAMP : ColumnType.TEXT;
    }

    private static Type field(String name, ColumnType type, boolean required) {
        Types.PrimitiveBuilder<org.apache.parquet.schema.PrimitiveType> builder = switch (type) {
            case TEXT ->
                Types.primitive(PrimitiveTypeName.BINARY, repetition(required)).as(LogicalTypeAnnotation.stringType());
            case DATE ->
                Types.primitive(PrimitiveTypeName.INT32, repetition(required)).as(LogicalTypeAnnotation.dateType());
            case TIMESTAMP ->
                Types.primitive(PrimitiveTypeName.INT64, repetition(required))
                        .as(LogicalTypeAnnotation.timestampType(true, TimeUnit.MICROS));
            case BIGINT -> Types.primitive(PrimitiveTypeName.INT64, repetition(required));
            case BOOLEAN -> Types.primitive(PrimitiveTypeName.BOOLEAN, repetition(required));
        };
        return builder.named(name);
    }

    private static Type.Repetition repetition(boolean required) {
        return required ? Type.Repetition.REQUIRED : Type.Repetition.OPTIONAL;
    }
}

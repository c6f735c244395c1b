package vn.kyluat.etl.lake;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;
import vn.kyluat.contract.ColumnType;

/**
 * Writes rows held as {@code Object[]} straight to Parquet's record consumer, with no intermediate
 * record objects. A dataset's constant first field ({@code source_id}) is written from {@code prefix}
 * so rows need not carry it.
 */
final class RowWriteSupport extends WriteSupport<Object[]> {
    private final MessageType schema;
    private final ColumnType[] types;
    private final String[] names;
    private final Binary prefix;
    /** Each field's own buffer, so that the binary of its last text stays valid for the next row. */
    private final Utf8Buffer[] buffers;

    private final String[] lastTexts;
    private final Binary[] lastBinaries;
    private RecordConsumer consumer;

    /** @param prefix the value of field 0 for every row, or null when rows hold every field */
    RowWriteSupport(MessageType schema, ColumnType[] types, String prefix) {
        this.schema = schema;
        this.types = types;
        this.names = schema.getFields().stream().map(f -> f.getName()).toArray(String[]::new);
        this.prefix = prefix == null ? null : Binary.fromConstantByteArray(prefix.getBytes(StandardCharsets.UTF_8));
        this.buffers = Stream.generate(Utf8Buffer::new).limit(types.length).toArray(Utf8Buffer[]::new);
        this.lastTexts = new String[types.length];
        this.lastBinaries = new Binary[types.length];
    }

    @Override
    @SuppressWarnings("deprecation") // the Hadoop-configuration variant is the one ParquetWriter calls
    public WriteContext init(Configuration configuration) {
        return new WriteContext(schema, Map.of());
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
        this.consumer = recordConsumer;
    }

    @Override
    public void write(Object[] row) {
        consumer.startMessage();
        int offset = 0;
        if (prefix != null) {
            consumer.startField(names[0], 0);
            consumer.addBinary(prefix);
            consumer.endField(names[0], 0);
            offset = 1;
        }
        for (int i = 0; i < row.length; i++) {
            Object value = row[i];
            if (value != null) {
                int field = i + offset;
                consumer.startField(names[field], field);
                add(field, value);
                consumer.endField(names[field], field);
            }
        }
        consumer.endMessage();
    }

    private void add(int field, Object value) {
        switch (types[field]) {
            case TEXT -> consumer.addBinary(text(field, (String) value));
            case DATE -> consumer.addInteger(ParquetValues.days((LocalDate) value));
            case TIMESTAMP -> consumer.addLong(ParquetValues.micros((Instant) value));
            case BIGINT -> consumer.addLong((Long) value);
            case BOOLEAN -> consumer.addBoolean((Boolean) value);
        }
    }

    /**
     * Repeated codes and enumerations come from a database source as the very same String
     * (RepeatedTextDecoder): a field repeating its last text reuses its bytes.
     */
    @SuppressWarnings("ReferenceEquality") // identity on purpose: the same String object, not equal text
    private Binary text(int field, String value) {
        if (value != lastTexts[field]) {
            lastBinaries[field] = buffers[field].encode(value);
            lastTexts[field] = value;
        }
        return lastBinaries[field];
    }
}

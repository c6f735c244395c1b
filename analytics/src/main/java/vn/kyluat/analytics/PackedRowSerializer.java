package vn.kyluat.analytics;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.KryoSerializable;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.lang.ref.Cleaner;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.rdd.RDD;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.Attribute;
import org.apache.spark.sql.catalyst.expressions.BoundReference;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.UnsafeProjection;
import org.apache.spark.sql.catalyst.expressions.UnsafeRow;
import org.apache.spark.sql.columnar.CachedBatch;
import org.apache.spark.sql.columnar.CachedBatchSerializer;
import org.apache.spark.sql.internal.SQLConf;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.vectorized.ColumnarBatch;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.unsafe.Platform;
import org.apache.spark.util.KnownSizeEstimation;
import scala.Function2;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Spark's cache ({@code spark.sql.cache.serializer}) as Spark's own compact rows packed into blocks of
 * about 1 MiB outside the heap: the job caches one dataset, the task-quarter facts, which every task
 * metric reads whole once. Spark's default columnar cache spent more building its columns and their
 * min/max statistics (it compares every string it stores) than the metrics then spent reading;
 * statistics would only help filters that skip batches, and no metric has one.
 */
public final class PackedRowSerializer implements CachedBatchSerializer {
    private static final int BATCH_BYTES = 1 << 20;
    /** A batch is full once less than this is left; a row that does not fit grows it. */
    private static final int BATCH_SLACK = 16 << 10;

    /**
     * Rows, each stored as its length then its bytes, in memory outside the heap: the collector never copies
     * the cache (at 10 M tasks, copying and compacting its 6.5 GB on the heap cost 25 s of pauses in a 223 s
     * run), and rows are read where they lie. The memory is freed once Spark lets go of the batch.
     */
    static final class PackedRows implements CachedBatch, KnownSizeEstimation, Serializable, KryoSerializable {
        private static final Cleaner CLEANER = Cleaner.create();
        private static final int COPY_CHUNK = 64 << 10;

        private int numRows;
        private int used;
        private transient long address;

        private PackedRows(int numRows, long address, int used) {
            this.numRows = numRows;
            this.used = used;
            this.address = address;
            freeWhenUnreachable();
        }

        private void freeWhenUnreachable() {
            long block = address;
            CLEANER.register(this, () -> Platform.freeMemory(block));
        }

        @Override
        public int numRows() {
            return numRows;
        }

        @Override
        public long sizeInBytes() {
            return used;
        }

        /** What Spark's memory store counts against its storage memory, which keeps it to its limits. */
        @Override
        public long estimatedSize() {
            return used;
        }

        /**
         * Spark writes a batch out (to disk when memory runs short) with its configured serializer, Java's by
         * default or Kryo; both are given the rows' bytes.
         */
        private void writeObject(ObjectOutputStream out) throws IOException {
            out.defaultWriteObject();
            writeRows(out);
        }

        private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
            in.defaultReadObject();
            readRows(in);
        }

        @Override
        public void write(Kryo kryo, Output output) {
            output.writeInt(numRows);
            output.writeInt(used);
            try {
                writeRows(output);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void read(Kryo kryo, Input input) {
            numRows = input.readInt();
            used = input.readInt();
            try {
                readRows(input);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void writeRows(OutputStream out) throws IOException {
            byte[] chunk = new byte[Math.min(used, COPY_CHUNK)];
            for (int done = 0; done < used; done += chunk.length) {
                int length = Math.min(chunk.length, used - done);
                Platform.copyMemory(null, address + done, chunk, Platform.BYTE_ARRAY_OFFSET, length);
                out.write(chunk, 0, length);
            }
        }

        private void readRows(InputStream in) throws IOException {
            address = Platform.allocateMemory(used);
            freeWhenUnreachable();
            byte[] chunk = new byte[Math.min(used, COPY_CHUNK)];
            for (int done = 0; done < used; done += chunk.length) {
                int length = Math.min(chunk.length, used - done);
                if (in.readNBytes(chunk, 0, length) != length) {
                    throw new EOFException("a cached batch ends before its " + used + " bytes");
                }
                Platform.copyMemory(chunk, Platform.BYTE_ARRAY_OFFSET, null, address + done, length);
            }
        }
    }

    @Override
    public RDD<CachedBatch> convertInternalRowToCachedBatch(
            RDD<InternalRow> input, Seq<Attribute> schema, StorageLevel storageLevel, SQLConf conf) {
        DataType[] types = CollectionConverters.asJava(schema).stream()
                .map(Attribute::dataType)
                .toArray(DataType[]::new);
        return input.toJavaRDD()
                .mapPartitions(rows -> pack(rows, UnsafeProjection.create(types)))
                .rdd();
    }

    @Override
    public RDD<InternalRow> convertCachedBatchToInternalRow(
            RDD<CachedBatch> input, Seq<Attribute> cacheAttributes, Seq<Attribute> selectedAttributes, SQLConf conf) {
        int fields = cacheAttributes.size();
        List<Expression> selected = new ArrayList<>();
        boolean leading = true;
        for (Attribute attribute : CollectionConverters.asJava(selectedAttributes)) {
            int ordinal = cacheAttributes.indexWhere(a -> a.exprId().equals(attribute.exprId()));
            leading &= ordinal == selected.size();
            selected.add(new BoundReference(ordinal, attribute.dataType(), attribute.nullable()));
        }
        // The first k columns, in order, are read in place: a compact row of k fields over the stored bytes reads
        // exactly those, provided its null bitmap is as wide. Any other selection is copied out.
        int width = selected.size();
        boolean inPlace = leading
                && UnsafeRow.calculateBitSetWidthInBytes(width) == UnsafeRow.calculateBitSetWidthInBytes(fields);
        Seq<Expression> projection = CollectionConverters.asScala(selected).toSeq();
        return input.toJavaRDD()
                .mapPartitions(batches -> inPlace
                        ? unpack(batches, width, null)
                        : unpack(batches, fields, UnsafeProjection.create(projection)))
                .rdd();
    }

    @Override
    public boolean supportsColumnarInput(Seq<Attribute> schema) {
        return false;
    }

    @Override
    public boolean supportsColumnarOutput(StructType schema) {
        return false;
    }

    @Override
    public RDD<CachedBatch> convertColumnarBatchToCachedBatch(
            RDD<ColumnarBatch> input, Seq<Attribute> schema, StorageLevel storageLevel, SQLConf conf) {
        throw new UnsupportedOperationException("the packed-row cache takes rows, not columnar batches");
    }

    @Override
    public RDD<ColumnarBatch> convertCachedBatchToColumnarBatch(
            RDD<CachedBatch> input, Seq<Attribute> cacheAttributes, Seq<Attribute> selectedAttributes, SQLConf conf) {
        throw new UnsupportedOperationException("the packed-row cache gives rows, not columnar batches");
    }

    /** No statistics, so no batch can be skipped. */
    @Override
    public Function2<Object, scala.collection.Iterator<CachedBatch>, scala.collection.Iterator<CachedBatch>>
            buildFilter(Seq<Expression> predicates, Seq<Attribute> cachedAttributes) {
        return (Function2<Object, scala.collection.Iterator<CachedBatch>, scala.collection.Iterator<CachedBatch>>
                        & Serializable)
                (partition, batches) -> batches;
    }

    static Iterator<CachedBatch> pack(Iterator<InternalRow> rows, UnsafeProjection toUnsafe) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public CachedBatch next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                long capacity = BATCH_BYTES;
                long address = Platform.allocateMemory(capacity);
                int used = 0;
                int count = 0;
                do {
                    InternalRow next = rows.next();
                    UnsafeRow row = next instanceof UnsafeRow unsafe ? unsafe : toUnsafe.apply(next);
                    int size = row.getSizeInBytes();
                    if (used + Integer.BYTES + size > capacity) {
                        capacity = (long) used + Integer.BYTES + size;
                        address = Platform.reallocateMemory(address, used, capacity);
                    }
                    Platform.putInt(null, address + used, size);
                    row.writeToMemory(null, address + used + Integer.BYTES);
                    used += Integer.BYTES + size;
                    count++;
                } while (used <= BATCH_BYTES - BATCH_SLACK && rows.hasNext());
                return new PackedRows(count, address, used);
            }
        };
    }

    /** {@code fields}: how many of the stored rows' columns to read; {@code selected}: null to read them in place. */
    static Iterator<InternalRow> unpack(Iterator<CachedBatch> batches, int fields, UnsafeProjection selected) {
        return new Iterator<>() {
            private final UnsafeRow row = new UnsafeRow(fields);
            private PackedRows batch;
            private int offset;

            @Override
            public boolean hasNext() {
                while ((batch == null || offset == batch.used) && batches.hasNext()) {
                    batch = (PackedRows) batches.next();
                    offset = 0;
                }
                return batch != null && offset < batch.used;
            }

            @Override
            public InternalRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int size = Platform.getInt(null, batch.address + offset);
                row.pointTo(null, batch.address + offset + Integer.BYTES, size);
                offset += Integer.BYTES + size;
                return selected == null ? row : selected.apply(row);
            }
        };
    }
}

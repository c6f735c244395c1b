package vn.kyluat.analytics.engine;

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
import java.util.concurrent.atomic.AtomicLong;
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
 * statistics would only help filters that skip batches, and no metric has one. Public because Spark
 * instantiates it by name ({@link SparkSessions#CACHE_SERIALIZER}); nothing else names it.
 */
public final class PackedRowSerializer implements CachedBatchSerializer {
    private static final int BATCH_BYTES = 1 << 20;
    /** A batch is full once less than this is left; a row that does not fit grows it. */
    private static final int BATCH_SLACK = 16 << 10;

    /** Bytes allocated outside the heap by the batches not yet freed, in this JVM. */
    private static final AtomicLong HELD = new AtomicLong();

    /** What the cache holds outside the heap now: every batch allocated and not yet freed. */
    static long heldBytes() {
        return HELD.get();
    }

    /**
     * Rows, each stored as its length then its bytes. A batch the cache builds lives in memory outside the heap:
     * the collector never copies the cache (at 10 M tasks, copying and compacting its 6.5 GB on the heap cost 25 s
     * of pauses in a 223 s run), and rows are read where they lie. That memory is freed as soon as Spark drops the
     * batch (it closes the values of a block it evicts or removes), else once the batch is unreachable: a batch
     * that has lived long enough to reach the old generation is only found unreachable by a full collection,
     * which may never come, so waiting for the collector kept evicted and unpersisted batches' memory held (10 M
     * tasks: RSS 16.6 GB with a 6 GB heap). A batch read back from disk is a byte array on the heap, where the
     * collector reclaims it with the rest of a task's garbage: read once per scan, such copies allocated outside
     * the heap would wait for the collector too.
     */
    static final class PackedRows
            implements CachedBatch, KnownSizeEstimation, Serializable, KryoSerializable, AutoCloseable {
        private static final Cleaner CLEANER = Cleaner.create();
        private static final int COPY_CHUNK = 64 << 10;

        private int numRows;
        private int used;
        /** null for memory outside the heap at {@link #address}; else the byte array holding the rows. */
        private transient byte[] base;
        /** The rows' first byte: an address, or {@code BYTE_ARRAY_OFFSET} into {@link #base}. */
        private transient long address;

        private transient Cleaner.Cleanable memory;

        private PackedRows(int numRows, long address, long capacity, int used) {
            this.numRows = numRows;
            this.used = used;
            this.address = address;
            long block = address;
            this.memory = CLEANER.register(this, () -> {
                Platform.freeMemory(block);
                HELD.addAndGet(-capacity);
            });
        }

        /** Spark drops the batch (evicted to disk, or its dataset unpersisted): its memory is freed now. */
        @Override
        public void close() {
            if (memory != null) {
                memory.clean();
            }
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
            if (base != null) {
                out.write(base, 0, used);
                return;
            }
            byte[] chunk = new byte[Math.min(used, COPY_CHUNK)];
            for (int done = 0; done < used; done += chunk.length) {
                int length = Math.min(chunk.length, used - done);
                Platform.copyMemory(null, address + done, chunk, Platform.BYTE_ARRAY_OFFSET, length);
                out.write(chunk, 0, length);
            }
        }

        private void readRows(InputStream in) throws IOException {
            base = new byte[used];
            address = Platform.BYTE_ARRAY_OFFSET;
            if (in.readNBytes(base, 0, used) != used) {
                throw new EOFException("a cached batch ends before its " + used + " bytes");
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
                long address = allocate(capacity);
                int used = 0;
                int count = 0;
                do {
                    InternalRow next = rows.next();
                    UnsafeRow row = next instanceof UnsafeRow unsafe ? unsafe : toUnsafe.apply(next);
                    int size = row.getSizeInBytes();
                    if (used + Integer.BYTES + size > capacity) {
                        long grown = (long) used + Integer.BYTES + size;
                        address = Platform.reallocateMemory(address, used, grown);
                        HELD.addAndGet(grown - capacity);
                        capacity = grown;
                    }
                    Platform.putInt(null, address + used, size);
                    row.writeToMemory(null, address + used + Integer.BYTES);
                    used += Integer.BYTES + size;
                    count++;
                } while (used <= BATCH_BYTES - BATCH_SLACK && rows.hasNext());
                return new PackedRows(count, address, capacity, used);
            }
        };
    }

    private static long allocate(long bytes) {
        long address = Platform.allocateMemory(bytes);
        HELD.addAndGet(bytes);
        return address;
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
                int size = Platform.getInt(batch.base, batch.address + offset);
                row.pointTo(batch.base, batch.address + offset + Integer.BYTES, size);
                offset += Integer.BYTES + size;
                return selected == null ? row : selected.apply(row);
            }
        };
    }
}

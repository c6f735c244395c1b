package vn.kyluat.analytics;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
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
import scala.Function2;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Spark's cache ({@code spark.sql.cache.serializer}) as Spark's own compact rows packed into arrays of
 * about 1 MiB: the job caches one dataset, the task-quarter facts, which every task metric reads whole
 * once. Spark's default columnar cache spent more building its columns and their min/max statistics (it
 * compares every string it stores) than the metrics then spent reading; statistics would only help
 * filters that skip batches, and no metric has one.
 */
public final class PackedRowSerializer implements CachedBatchSerializer {
  /** Below G1's humongous-object size for the heaps the job runs with. */
  private static final int BATCH_BYTES = 1 << 20;
  /** A batch is full once less than this is left; a row that does not fit grows it. */
  private static final int BATCH_SLACK = 16 << 10;

  /** Rows, each stored as its length then its bytes. */
  record PackedRows(int numRows, byte[] bytes, int used) implements CachedBatch, Serializable {
    @Override
    public long sizeInBytes() {
      return used;
    }
  }

  @Override
  public RDD<CachedBatch> convertInternalRowToCachedBatch(RDD<InternalRow> input, Seq<Attribute> schema,
      StorageLevel storageLevel, SQLConf conf) {
    DataType[] types = CollectionConverters.asJava(schema).stream().map(Attribute::dataType).toArray(DataType[]::new);
    return input.toJavaRDD().mapPartitions(rows -> pack(rows, UnsafeProjection.create(types))).rdd();
  }

  @Override
  public RDD<InternalRow> convertCachedBatchToInternalRow(RDD<CachedBatch> input, Seq<Attribute> cacheAttributes,
      Seq<Attribute> selectedAttributes, SQLConf conf) {
    int fields = cacheAttributes.size();
    List<Expression> selected = new ArrayList<>();
    boolean inOrder = selectedAttributes.size() == fields;
    for (Attribute attribute : CollectionConverters.asJava(selectedAttributes)) {
      int ordinal = cacheAttributes.indexWhere(a -> a.exprId().equals(attribute.exprId()));
      inOrder &= ordinal == selected.size();
      selected.add(new BoundReference(ordinal, attribute.dataType(), attribute.nullable()));
    }
    boolean wholeRows = inOrder;
    Seq<Expression> projection = CollectionConverters.asScala(selected).toSeq();
    return input.toJavaRDD()
        .mapPartitions(batches -> unpack(batches, fields, wholeRows ? null : UnsafeProjection.create(projection)))
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
  public RDD<CachedBatch> convertColumnarBatchToCachedBatch(RDD<ColumnarBatch> input, Seq<Attribute> schema,
      StorageLevel storageLevel, SQLConf conf) {
    throw new UnsupportedOperationException("the packed-row cache takes rows, not columnar batches");
  }

  @Override
  public RDD<ColumnarBatch> convertCachedBatchToColumnarBatch(RDD<CachedBatch> input, Seq<Attribute> cacheAttributes,
      Seq<Attribute> selectedAttributes, SQLConf conf) {
    throw new UnsupportedOperationException("the packed-row cache gives rows, not columnar batches");
  }

  /** No statistics, so no batch can be skipped. */
  @Override
  public Function2<Object, scala.collection.Iterator<CachedBatch>, scala.collection.Iterator<CachedBatch>> buildFilter(
      Seq<Expression> predicates, Seq<Attribute> cachedAttributes) {
    return (Function2<Object, scala.collection.Iterator<CachedBatch>, scala.collection.Iterator<CachedBatch>> & Serializable)
        (partition, batches) -> batches;
  }

  private static Iterator<CachedBatch> pack(Iterator<InternalRow> rows, UnsafeProjection toUnsafe) {
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
        byte[] bytes = new byte[BATCH_BYTES];
        int used = 0;
        int count = 0;
        do {
          InternalRow next = rows.next();
          UnsafeRow row = next instanceof UnsafeRow unsafe ? unsafe : toUnsafe.apply(next);
          int size = row.getSizeInBytes();
          if (used + Integer.BYTES + size > bytes.length) {
            bytes = Arrays.copyOf(bytes, used + Integer.BYTES + size);
          }
          Platform.putInt(bytes, Platform.BYTE_ARRAY_OFFSET + used, size);
          row.writeToMemory(bytes, Platform.BYTE_ARRAY_OFFSET + used + Integer.BYTES);
          used += Integer.BYTES + size;
          count++;
        } while (used <= BATCH_BYTES - BATCH_SLACK && rows.hasNext());
        return new PackedRows(count, bytes, used);
      }
    };
  }

  /** {@code selected}: the columns asked for, null when all of them in order. */
  private static Iterator<InternalRow> unpack(Iterator<CachedBatch> batches, int fields, UnsafeProjection selected) {
    return new Iterator<>() {
      private final UnsafeRow row = new UnsafeRow(fields);
      private PackedRows batch;
      private int offset;

      @Override
      public boolean hasNext() {
        while ((batch == null || offset == batch.used()) && batches.hasNext()) {
          batch = (PackedRows) batches.next();
          offset = 0;
        }
        return batch != null && offset < batch.used();
      }

      @Override
      public InternalRow next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        int size = Platform.getInt(batch.bytes(), Platform.BYTE_ARRAY_OFFSET + offset);
        row.pointTo(batch.bytes(), Platform.BYTE_ARRAY_OFFSET + offset + Integer.BYTES, size);
        offset += Integer.BYTES + size;
        return selected == null ? row : selected.apply(row);
      }
    };
  }
}

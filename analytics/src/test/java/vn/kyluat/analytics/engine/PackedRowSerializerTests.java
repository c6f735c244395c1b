package vn.kyluat.analytics.engine;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkEnv;
import org.apache.spark.memory.MemoryManager;
import org.apache.spark.network.util.JavaUtils;
import org.apache.spark.serializer.JavaSerializer;
import org.apache.spark.serializer.KryoSerializer;
import org.apache.spark.serializer.Serializer;
import org.apache.spark.serializer.SerializerInstance;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.expressions.UnsafeProjection;
import org.apache.spark.sql.columnar.CachedBatch;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.unsafe.types.UTF8String;
import org.junit.jupiter.api.Test;
import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;
import vn.kyluat.analytics.SparkTestSession;

/** The job's cache serializer (the test session uses it too): rows come back whole, in any selection. */
class PackedRowSerializerTests {
    private final SparkSession spark = SparkTestSession.get();

    @Test
    void cachedRowsReadBackEqualAcrossSeveralBatchesWithNullsArraysAndAnySelection() {
        // 30,000 rows of ~150 bytes: several 1 MiB batches per partition
        Dataset<Row> rows = spark.range(30_000)
                .select(
                        col("id"),
                        when(col("id").mod(7).equalTo(0), lit(null))
                                .otherwise(concat(lit("code-"), col("id").cast("string")))
                                .as("code"),
                        array(lit("A"), col("id").mod(3).cast("string")).as("orgs"),
                        lit("x".repeat(100)).as("padding"));
        List<Row> expected = rows.orderBy("id").collectAsList();

        Dataset<Row> cached = rows.persist();
        try {
            assertThat(cached.orderBy("id").collectAsList()).isEqualTo(expected);
            assertThat(cached.select(col("orgs"), col("id")).orderBy("id").collectAsList())
                    .isEqualTo(rows.select(col("orgs"), col("id")).orderBy("id").collectAsList());
            // leading columns are read in place, others copied out
            assertThat(cached.select(col("id"), col("code")).orderBy("id").collectAsList())
                    .isEqualTo(rows.select(col("id"), col("code")).orderBy("id").collectAsList());
            assertThat(cached.filter(col("code").isNull()).count()).isEqualTo(30_000 / 7 + 1);
        } finally {
            cached.unpersist(true);
        }
    }

    @Test
    void batchesWrittenToDiskReadBackEqualIncludingRowsLargerThanABatch() {
        // DISK_ONLY: every batch goes through the session's serializer; two rows of 1.5 MiB outgrow a batch
        Dataset<Row> rows = spark.range(2_000)
                .select(
                        col("id"),
                        when(col("id").mod(1_000).equalTo(0), lit("y".repeat(3 << 19)))
                                .otherwise(col("id").cast("string"))
                                .as("text"));
        List<Row> expected = rows.orderBy("id").collectAsList();

        Dataset<Row> cached = rows.persist(StorageLevel.DISK_ONLY());
        try {
            assertThat(cached.orderBy("id").collectAsList()).isEqualTo(expected);
        } finally {
            cached.unpersist(true);
        }
    }

    @Test
    void theJobsCacheCountsAgainstTheBoundedPoolOutsideTheHeapAndFreesItsMemoryWhenUnpersisted()
            throws InterruptedException {
        MemoryManager memory = SparkEnv.get().memoryManager();
        long heldBefore = heldOnceEarlierGarbageIsFreed();
        long poolBefore = memory.offHeapStorageMemoryUsed();
        // ~3 MB of rows: well within the test budget
        Dataset<Row> cached = spark.range(20_000)
                .select(col("id"), lit("z".repeat(120)).as("padding"))
                .persist(SparkSessions.cacheLevel(spark));
        try {
            assertThat(cached.count()).isEqualTo(20_000);

            long held = PackedRowSerializer.heldBytes() - heldBefore;
            assertThat(held).isGreaterThan(20_000L * 120);
            assertThat(memory.offHeapStorageMemoryUsed() - poolBefore).isGreaterThanOrEqualTo(held / 2);
            assertThat(memory.maxOffHeapStorageMemory())
                    .isLessThanOrEqualTo(JavaUtils.byteStringAsBytes(SparkTestSession.CACHE_MEMORY));
        } finally {
            cached.unpersist(true);
        }
        // freed when Spark drops the blocks, not when (if ever) the collector finds the batches unreachable
        assertThat(PackedRowSerializer.heldBytes()).isLessThanOrEqualTo(heldBefore);
        assertThat(memory.offHeapStorageMemoryUsed()).isEqualTo(poolBefore);
    }

    @Test
    void aBatchSurvivesJavaAndKryoSerialization() {
        StructType schema = new StructType().add("id", DataTypes.LongType).add("code", DataTypes.StringType);
        List<InternalRow> rows = List.of(row(1, "A-01"), row(2, null), row(3, "C-03"));
        CachedBatch batch = PackedRowSerializer.pack(rows.iterator(), UnsafeProjection.create(schema))
                .next();
        SparkConf conf = new SparkConf();

        for (Serializer serializer : List.of(new JavaSerializer(conf), new KryoSerializer(conf))) {
            SerializerInstance instance = serializer.newInstance();
            ClassTag<CachedBatch> tag = ClassTag$.MODULE$.apply(CachedBatch.class);
            CachedBatch copy = instance.deserialize(instance.serialize(batch, tag), tag);

            assertThat(copy.numRows()).isEqualTo(3);
            assertThat(copy.sizeInBytes()).isEqualTo(batch.sizeInBytes());
            List<String> codes = new ArrayList<>();
            PackedRowSerializer.unpack(List.of(copy).iterator(), 2, null)
                    .forEachRemaining(
                            r -> codes.add(r.getLong(0) + ":" + (r.isNullAt(1) ? "null" : r.getUTF8String(1))));
            assertThat(codes).as(serializer.getClass().getSimpleName()).containsExactly("1:A-01", "2:null", "3:C-03");
        }
    }

    /**
     * What the cache holds once the batches earlier tests left unreachable are freed by the collector (so that
     * their freeing does not count as this test's).
     */
    private static long heldOnceEarlierGarbageIsFreed() throws InterruptedException {
        long held = -1;
        for (int stable = 0, round = 0; stable < 3 && round < 100; round++) {
            System.gc();
            Thread.sleep(50);
            long now = PackedRowSerializer.heldBytes();
            stable = now == held ? stable + 1 : 0;
            held = now;
        }
        return held;
    }

    private static InternalRow row(long id, String code) {
        return new GenericInternalRow(new Object[] {id, code == null ? null : UTF8String.fromString(code)});
    }
}

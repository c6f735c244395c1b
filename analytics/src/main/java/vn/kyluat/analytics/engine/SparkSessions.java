package vn.kyluat.analytics.engine;

import com.sun.management.OperatingSystemMXBean;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.Optional;
import org.apache.spark.SparkConf;
import org.apache.spark.network.util.JavaUtils;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * Builds the job's SparkSession. Under spark-submit the master and resources are the launcher's
 * (spark-submit sets {@code spark.master} before main runs) and only what the figures depend on is
 * set; launched by {@code ./ops} it runs in-process on the configured master, local[*] by default,
 * bound to the loopback interface and without the web UI.
 */
public final class SparkSessions {
    /** Enough tasks to keep 2 cores busy without the per-task overhead of Spark's default of 200. */
    private static final int LOCAL_SHUFFLE_PARTITIONS = 8;

    private static final String DEFAULT_MASTER = "local[*]";
    /** HotSpot's {@code HugeMethodLimit}: the largest method it compiles (by default). */
    private static final int HOTSPOT_HUGE_METHOD_LIMIT = 8000;
    /** Per task: enough for every quarter of a task-level mart's partitions. */
    private static final int CONCURRENT_OUTPUT_FILES = 64;

    /** The cache's format ({@code spark.sql.cache.serializer}): the job's, and a test session's. */
    public static final String CACHE_SERIALIZER = PackedRowSerializer.class.getName();

    /** Spark's storage pool outside the heap, which the cached datasets count against (see {@link #cacheLevel}). */
    public static final String CACHE_MEMORY = "spark.memory.offHeap.size";
    /**
     * On one machine, the cache's share of its memory: the heap may take half (ANALYTICS_JVM_FLAGS) and the cached
     * facts of 10 M tasks are 6.5 GB; unbounded, the process outgrew what a shared 24 GB machine could give it
     * (killed by the kernel at 16.6 GB). With a sixth (4 GB there) the batches that do not fit are written to local
     * disk and read from there; the whole 10 M-task analysis then peaked at 12,057 MiB RSS, of which 5,770 MiB was
     * the heap's committed size (3,402 MiB of it the young generation).
     */
    private static final int CACHE_SHARE_OF_MACHINE = 6;

    private SparkSessions() {}

    /**
     * How the job persists a dataset it reads several times. The rows are kept outside the heap (the cache
     * serializer, {@link PackedRowSerializer}), so they are counted against Spark's storage pool outside the heap,
     * bounded by {@link #CACHE_MEMORY}, with what does not fit on local disk; counted against the heap's pool as
     * Spark does by default, they were bounded by nothing the heap setting governs. Where no such pool is set (a
     * cluster's own settings under spark-submit), against the heap's pool as before.
     */
    public static StorageLevel cacheLevel(SparkSession spark) {
        boolean offHeapPool = JavaUtils.byteStringAsBytes(spark.conf().get(CACHE_MEMORY, "0")) > 0;
        return offHeapPool
                ? StorageLevel.apply(true, true, true, true, 1) // disk, memory (off the heap), deserialised
                : StorageLevel.MEMORY_AND_DISK();
    }

    /** The cache's budget on this machine: {@link #CACHE_SHARE_OF_MACHINE}, in bytes. */
    static long localCacheBytes() {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return os.getTotalMemorySize() / CACHE_SHARE_OF_MACHINE;
    }

    /** Whether spark-submit (or a {@code spark.master} system property) has already chosen the master. */
    private static boolean masterAlreadySet() {
        return new SparkConf().contains("spark.master");
    }

    /**
     * @param wanted the master asked for ({@code --master}, else {@code analytics.master}); empty: {@link
     *     #DEFAULT_MASTER}
     * @param shufflePartitions {@code analytics.shuffle_partitions}; empty: {@link #LOCAL_SHUFFLE_PARTITIONS} on a
     *     master of ours, the launcher's under spark-submit
     */
    public static SparkSession create(
            Optional<String> wanted, Optional<Integer> shufflePartitions, PrintStream progress) {
        SparkSession.Builder builder = SparkSession.builder()
                .appName("kyluat-analytics")
                // Timestamps are instants; every local date is derived with the explicit +07:00 offset.
                .config("spark.sql.session.timeZone", "UTC")
                // The roll-up aggregates percentiles (an object aggregate) for every (quarter, unit, scope): past
                // Spark's default of 128 groups per task it falls back to sorting, which cost more than the sums.
                .config("spark.sql.objectHashAggregate.sortBased.fallbackThreshold", 1 << 20)
                // upper() through ICU cloned a BreakIterator per row; the JVM's case mapping is what origin_ref needs.
                .config("spark.sql.icu.caseMappings.enabled", false)
                // HotSpot never compiles a method over 8,000 bytes of bytecode: a stage's generated code that size runs
                // interpreted (the fold's former Row serializer did: a third of all CPU at 10 M tasks). Past this size
                // Spark gives up whole-stage code generation for that part of the plan instead.
                .config("spark.sql.codegen.hugeMethodLimit", HOTSPOT_HUGE_METHOD_LIMIT)
                .config("spark.sql.cache.serializer", CACHE_SERIALIZER)
                // Instants as Parquet's standard TIMESTAMP(MICROS), as in the lake; Spark's default INT96 went through
                // the dictionary encoder as 12-byte arrays, a tenth of writing task_quarter_facts.
                .config("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS")
                // Each task writes its rows into one file per quarter as they come, instead of first sorting them by
                // quarter: that sort was a third of writing task_quarter_facts.
                .config("spark.sql.optimizer.plannedWrite.enabled", false)
                .config("spark.sql.maxConcurrentOutputFileWriters", CONCURRENT_OUTPUT_FILES);
        if (masterAlreadySet()) {
            wanted.ifPresent(m -> progress.println("analyze: master '" + m + "' ignored: spark-submit set '"
                    + new SparkConf().get("spark.master") + "'"));
            shufflePartitions.ifPresent(n -> builder.config("spark.sql.shuffle.partitions", n));
        } else {
            String master = wanted.orElse(DEFAULT_MASTER);
            builder.master(master)
                    .config("spark.sql.shuffle.partitions", shufflePartitions.orElse(LOCAL_SHUFFLE_PARTITIONS));
            if (master.startsWith("local")) {
                // The cached task-quarter facts are read by every metric; on one machine, compressing the cache
                // cost more CPU (38% of samples building and reading it at 1 M tasks) than the memory it saves.
                builder.config("spark.sql.inMemoryColumnarStorage.compressed", false)
                        .config(CACHE_MEMORY, localCacheBytes())
                        // Every shuffle keeps its partitions: adaptive execution coalesced the reduce side of the
                        // heavier
                        // aggregations (a sort aggregate over all origin references, the percentiles) into 2 or 3
                        // tasks,
                        // and with 3 tasks on 2 cores the last ran alone (10 M tasks: 133 s without this, 113–121 s
                        // with it).
                        .config("spark.sql.adaptive.coalescePartitions.enabled", false)
                        .config("spark.ui.enabled", false)
                        .config("spark.driver.host", "127.0.0.1")
                        .config("spark.driver.bindAddress", "127.0.0.1");
            }
        }
        return builder.getOrCreate();
    }
}

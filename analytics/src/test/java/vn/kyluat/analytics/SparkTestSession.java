package vn.kyluat.analytics;

import org.apache.spark.sql.SparkSession;
import vn.kyluat.analytics.engine.SparkSessions;

/**
 * The one SparkSession of a test JVM: local[2], no UI, two shuffle partitions, loopback only. Its
 * session time zone is New York's, like the test JVM's default zone, so that any figure relying on
 * either instead of the contract's +07:00 fails a test.
 */
public final class SparkTestSession {
    public static final String TEST_ZONE = "America/New_York";

    /** The test session's budget for cached rows outside the heap. */
    public static final String CACHE_MEMORY = "64m";

    private static SparkSession spark;

    private SparkTestSession() {}

    public static synchronized SparkSession get() {
        if (spark == null) {
            spark = SparkSession.builder()
                    .master("local[2]")
                    .appName("kyluat-analytics-tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "2")
                    .config("spark.default.parallelism", "2")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.sql.session.timeZone", TEST_ZONE)
                    .config("spark.sql.datetime.java8API.enabled", "true")
                    // tiny data: compiling code and re-planning stages would cost more than they save
                    .config("spark.sql.codegen.wholeStage", "false")
                    .config("spark.sql.codegen.factoryMode", "NO_CODEGEN")
                    .config("spark.sql.adaptive.enabled", "false")
                    .config("spark.sql.cache.serializer", SparkSessions.CACHE_SERIALIZER)
                    // the job's cache outside the heap (SparkSessions.cacheLevel), with a test-sized budget
                    .config(SparkSessions.CACHE_MEMORY, CACHE_MEMORY)
                    .getOrCreate();
            spark.sparkContext().setLogLevel("WARN");
        }
        return spark;
    }
}

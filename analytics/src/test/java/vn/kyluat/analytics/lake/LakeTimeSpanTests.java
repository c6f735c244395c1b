package vn.kyluat.analytics.lake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kyluat.analytics.SampleLake;
import vn.kyluat.analytics.SparkTestSession;

/** The lake's time span from the Parquet footers, and by aggregation where they cannot tell. */
class LakeTimeSpanTests {
    private static final String TIMESTAMP_TYPE = "spark.sql.parquet.outputTimestampType";
    // SampleLake: the first task assigned at 2024-01-10 02:00 UTC, the newest change T-LAST's update
    private static final LakeTimeSpan SAMPLE_SPAN = new LakeTimeSpan(
            Optional.of(Instant.parse("2024-01-10T02:00:00Z")), Optional.of(Instant.parse("2024-11-25T09:00:00Z")));

    private final SparkSession spark = SparkTestSession.get();
    private final Configuration conf = spark.sparkContext().hadoopConfiguration();

    @TempDir
    Path dir;

    private LakeTables sampleLakeWrittenWith(String timestampType) {
        String previous = spark.conf().get(TIMESTAMP_TYPE);
        spark.conf().set(TIMESTAMP_TYPE, timestampType);
        try {
            SampleLake.write(spark, dir.toString());
        } finally {
            spark.conf().set(TIMESTAMP_TYPE, previous);
        }
        return new LakeReader(spark, dir.toString()).tables();
    }

    @Test
    void instantsWithStatisticsGiveTheSpanFromTheFootersAlone() {
        LakeTables lake = sampleLakeWrittenWith("TIMESTAMP_MICROS");

        assertThat(LakeTimeSpan.fromFooters(lake, conf)).contains(SAMPLE_SPAN);
        assertThat(LakeTimeSpan.aggregated(lake)).isEqualTo(SAMPLE_SPAN);
    }

    @Test
    void instantsStoredWithoutStatisticsAreAggregated() {
        // Parquet keeps no statistics for INT96 timestamps
        LakeTables lake = sampleLakeWrittenWith("INT96");

        assertThat(LakeTimeSpan.fromFooters(lake, conf)).isEmpty();
        assertThat(LakeTimeSpan.of(lake, conf)).isEqualTo(SAMPLE_SPAN);
    }
}

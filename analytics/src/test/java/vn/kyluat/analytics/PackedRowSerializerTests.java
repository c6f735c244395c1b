package vn.kyluat.analytics;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** The job's cache serializer (the test session uses it too): rows come back whole, in any selection. */
class PackedRowSerializerTests {
  private final SparkSession spark = SparkTestSession.get();

  @Test
  void cachedRowsReadBackEqualAcrossSeveralBatchesWithNullsArraysAndAnySelection() {
    // 30,000 rows of ~150 bytes: several 1 MiB batches per partition
    Dataset<Row> rows = spark.range(30_000).select(
        col("id"),
        when(col("id").mod(7).equalTo(0), lit(null)).otherwise(concat(lit("code-"), col("id").cast("string"))).as("code"),
        array(lit("A"), col("id").mod(3).cast("string")).as("orgs"),
        lit("x".repeat(100)).as("padding"));
    List<Row> expected = rows.orderBy("id").collectAsList();

    Dataset<Row> cached = rows.persist();
    try {
      assertThat(cached.orderBy("id").collectAsList()).isEqualTo(expected);
      assertThat(cached.select(col("orgs"), col("id")).orderBy("id").collectAsList())
          .isEqualTo(rows.select(col("orgs"), col("id")).orderBy("id").collectAsList());
      assertThat(cached.filter(col("code").isNull()).count()).isEqualTo(30_000 / 7 + 1);
    } finally {
      cached.unpersist(true);
    }
  }
}

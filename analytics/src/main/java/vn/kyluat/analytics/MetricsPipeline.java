package vn.kyluat.analytics;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import vn.kyluat.contract.Mart;

/**
 * PLACEHOLDER, replaced at merge by the metrics branch's facade of the same name and signature:
 * returns every metrics mart empty, with its columns (typed as text), so that the application around
 * the metrics can be built and tested on its own.
 */
public final class MetricsPipeline {
  private MetricsPipeline() {}

  public static MetricsMarts compute(LakeTables lake, AnalyticsSettings settings) {
    SparkSession spark = lake.get(vn.kyluat.contract.Relation.TASK).sparkSession();
    return new MetricsMarts(
        empty(spark, Mart.ORG_QUARTER_METRICS),
        empty(spark, Mart.TASK_QUARTER_FACTS),
        empty(spark, Mart.OVERLAPPING_ASSIGNMENTS),
        empty(spark, Mart.TASKS_WITHOUT_LEAD),
        empty(spark, Mart.AT_RISK_TASKS));
  }

  private static Dataset<Row> empty(SparkSession spark, Mart mart) {
    StructType schema = DataTypes.createStructType(mart.columns().stream()
        .map(c -> DataTypes.createStructField(c, DataTypes.StringType, true))
        .toList());
    return spark.createDataFrame(List.of(), schema);
  }
}

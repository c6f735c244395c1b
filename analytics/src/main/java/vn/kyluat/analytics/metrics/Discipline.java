package vn.kyluat.analytics.metrics;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.date_sub;
import static org.apache.spark.sql.functions.lit;
import static vn.kyluat.analytics.staging.LocalTimes.quarterIndex;
import static vn.kyluat.contract.Metric.DISCIPLINE_ACTIONS;
import static vn.kyluat.contract.Metric.MEMBERS;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.kyluat.analytics.intermediate.QuarterRange;

/** METRICS.md §4 Discipline: actions decided in q, and party members valid on the quarter's last day. */
public final class Discipline {
  private Discipline() {}

  public static Dataset<Row> actions(Dataset<Row> disciplineAction, QuarterRange range) {
    return disciplineAction
        .withColumn("q", quarterIndex(col("decided_at")))
        .filter(range.contains(col("q")))
        .groupBy(col("q"), col("org_code"))
        .agg(count(lit(1)).as(DISCIPLINE_ACTIONS.column()));
  }

  /** {@code quarters}: one row per computed quarter (q, qe). A person listed by two registries counts once. */
  public static Dataset<Row> members(Dataset<Row> staff, Dataset<Row> quarters) {
    Column lastDay = date_sub(col("qe"), 1);
    return staff
        .filter(col("party_member"))
        .crossJoin(broadcast(quarters.select("q", "qe")))
        .filter(col("valid_from").leq(lastDay).and(col("valid_to").isNull().or(col("valid_to").geq(lastDay))))
        .groupBy(col("q"), col("org_code"))
        .agg(countDistinct(col("person_code")).as(MEMBERS.column()));
  }
}

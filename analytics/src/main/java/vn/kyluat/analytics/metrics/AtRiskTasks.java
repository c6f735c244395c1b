package vn.kyluat.analytics.metrics;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.not;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.kyluat.analytics.staging.LocalTimes;
import vn.kyluat.contract.Mart;

/**
 * Mart at_risk_tasks: for each computed quarter, as of its end (as_of = qe), the tasks still open
 * with eff_due in [as_of, as_of + 14 days), listed under their holder at qe; days_left 0..13.
 */
public final class AtRiskTasks {
    public static final int HORIZON_DAYS = 14;

    private AtRiskTasks() {}

    /** {@code orgNames}: (org_code, org_name). */
    public static Dataset<Row> list(Dataset<Row> facts, Dataset<Row> orgNames) {
        Column asOf = col("qe");
        return facts.filter(not(col("completed_by_qe"))
                        .and(col("holder_org_code").isNotNull())
                        .and(col("eff_due_date").geq(asOf))
                        .and(col("eff_due_date").lt(date_add(asOf, HORIZON_DAYS))))
                .withColumn(Mart.QUARTER, LocalTimes.quarterName(col("q")))
                .withColumn("as_of", asOf)
                .withColumn("days_left", datediff(col("eff_due_date"), asOf))
                .join(
                        broadcast(orgNames.withColumnRenamed("org_code", "holder_org_code")
                                .withColumnRenamed("org_name", "holder_org_name")),
                        new String[] {"holder_org_code"},
                        "left")
                .select(MartColumns.of(Mart.AT_RISK_TASKS));
    }
}

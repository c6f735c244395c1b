package vn.kyluat.analytics.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static vn.kyluat.analytics.staging.LocalTimes.quarterIndex;
import static vn.kyluat.contract.Metric.DISCIPLINE_ACTIONS;
import static vn.kyluat.contract.Metric.MEMBERS;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.kyluat.analytics.intermediate.QuarterRange;

/** METRICS.md §4 Discipline: actions decided in q, and party members valid on the quarter's last day. */
public final class Discipline {
    private Discipline() {}

    /** Actions decided in q per unit: (q, org_code, discipline_actions). */
    public static Dataset<Row> actions(Dataset<Row> disciplineAction, QuarterRange range) {
        return actionsBy(disciplineAction, range, "org_code");
    }

    /** Actions decided in q per value of {@code key} (org_code, person_code): (q, key, discipline_actions). */
    public static Dataset<Row> actionsBy(Dataset<Row> disciplineAction, QuarterRange range, String key) {
        return disciplineAction
                .withColumn("q", quarterIndex(col("decided_at")))
                .filter(range.contains(col("q")))
                .groupBy(col("q"), col(key))
                .agg(count(lit(1)).as(DISCIPLINE_ACTIONS.column()));
    }

    /** {@code staffOnLastDay}: from {@link StaffOnLastDay}. A person listed by two registries counts once. */
    public static Dataset<Row> members(Dataset<Row> staffOnLastDay) {
        return staffOnLastDay
                .filter(col("party_member"))
                .groupBy(col("q"), col("org_code"))
                .agg(countDistinct(col("person_code")).as(MEMBERS.column()));
    }
}

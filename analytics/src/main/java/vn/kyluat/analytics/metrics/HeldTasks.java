package vn.kyluat.analytics.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count_if;
import static org.apache.spark.sql.functions.lit;
import static vn.kyluat.contract.Metric.HELD_TASKS;
import static vn.kyluat.contract.Metric.WITHIN_AUTHORITY_HELD;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * METRICS.md §4 held_tasks: distinct tasks open and held by o at some instant in [qs, qe); and
 * within_authority_held, those with authority = within. A task counts once per unit however often
 * it came back.
 */
public final class HeldTasks {
    private HeldTasks() {}

    /** {@code heldTasks}: (q, org_code, authority), one row per task and unit that held it in q. */
    public static Dataset<Row> byHolder(Dataset<Row> heldTasks) {
        return heldTasks
                .groupBy(col("q"), col("org_code"))
                .agg(
                        count_if(lit(true)).as(HELD_TASKS.column()),
                        count_if(col("authority").equalTo("within")).as(WITHIN_AUTHORITY_HELD.column()));
    }
}

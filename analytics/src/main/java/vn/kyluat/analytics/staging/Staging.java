package vn.kyluat.analytics.staging;

import static org.apache.spark.sql.functions.col;
import static vn.kyluat.analytics.staging.LocalTimes.localDate;
import static vn.kyluat.analytics.staging.LocalTimes.localMicros;
import static vn.kyluat.analytics.staging.LocalTimes.quarterIndex;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Lake relations made ready for the metrics: the columns they need, each instant also as local
 * micros ({@code *_local_micros}: microseconds since 1970-01-01 00:00 on Vietnam's wall clock, +07:00,
 * see {@link LocalTimes}), local date and quarter index ({@code *_q}). 1:1 with the lake rows.
 */
public final class Staging {
    private Staging() {}

    /** Tasks: assigned/completed/cancelled times in local terms, due quarter. */
    public static Dataset<Row> tasks(Dataset<Row> task) {
        Column assignedLocalMicros = localMicros(col("assigned_at"));
        Column completedLocalMicros = localMicros(col("completed_at"));
        return task.select(
                col("source_id"),
                col("task_code"),
                col("title"),
                col("origin_ref"),
                col("lead_org_code"),
                col("assigned_by_org_code"),
                col("assignee_code"),
                col("priority"),
                col("authority"),
                col("assigned_at"),
                col("due_date"),
                col("completed_at"),
                assignedLocalMicros.as("assigned_local_micros"),
                quarterIndex(localDate(assignedLocalMicros)).as("assigned_q"),
                completedLocalMicros.as("completed_local_micros"),
                localDate(completedLocalMicros).as("completed_date"),
                quarterIndex(localDate(completedLocalMicros)).as("completed_q"),
                quarterIndex(localDate(localMicros(col("cancelled_at")))).as("cancelled_q"),
                quarterIndex(col("due_date")).as("due_q"));
    }

    /** Events: occurred_at as local micros and quarter index. */
    public static Dataset<Row> events(Dataset<Row> taskEvent) {
        Column occurredLocalMicros = localMicros(col("occurred_at"));
        return taskEvent.select(
                col("source_id"),
                col("task_code"),
                col("event_id"),
                col("event_type"),
                occurredLocalMicros.as("occurred_local_micros"),
                quarterIndex(localDate(occurredLocalMicros)).as("occurred_q"),
                col("from_org_code"),
                col("to_org_code"),
                col("new_due_date"));
    }
}

package vn.kyluat.analytics.staging;

import static org.apache.spark.sql.functions.col;
import static vn.kyluat.analytics.staging.LocalTimes.localDate;
import static vn.kyluat.analytics.staging.LocalTimes.localMicros;
import static vn.kyluat.analytics.staging.LocalTimes.quarterIndex;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.kyluat.contract.Relation;

/**
 * Lake relations made ready for the metrics: the columns they need, each instant also as local
 * micros ({@code *_local_micros}: microseconds since 1970-01-01 00:00 on Vietnam's wall clock, +07:00,
 * see {@link LocalTimes}), local date and quarter index ({@code *_q}). 1:1 with the lake rows.
 */
public final class Staging {
    // The columns staging adds to the lake's.
    public static final String ASSIGNED_LOCAL_MICROS = "assigned_local_micros";
    public static final String ASSIGNED_Q = "assigned_q";
    public static final String COMPLETED_LOCAL_MICROS = "completed_local_micros";
    public static final String COMPLETED_DATE = "completed_date";
    public static final String COMPLETED_Q = "completed_q";
    public static final String CANCELLED_Q = "cancelled_q";
    public static final String DUE_Q = "due_q";
    public static final String OCCURRED_LOCAL_MICROS = "occurred_local_micros";
    public static final String OCCURRED_Q = "occurred_q";

    private Staging() {}

    /** Tasks: assigned/completed/cancelled times in local terms, due quarter. */
    public static Dataset<Row> tasks(Dataset<Row> task) {
        Column assignedLocalMicros = localMicros(col(Relation.ASSIGNED_AT));
        Column completedLocalMicros = localMicros(col(Relation.COMPLETED_AT));
        return task.select(
                col(Relation.SOURCE_ID),
                col(Relation.TASK_CODE),
                col(Relation.TITLE),
                col(Relation.ORIGIN_REF),
                col(Relation.LEAD_ORG_CODE),
                col(Relation.ASSIGNED_BY_ORG_CODE),
                col(Relation.ASSIGNEE_CODE),
                col(Relation.PRIORITY),
                col(Relation.AUTHORITY),
                col(Relation.ASSIGNED_AT),
                col(Relation.DUE_DATE),
                col(Relation.COMPLETED_AT),
                assignedLocalMicros.as(ASSIGNED_LOCAL_MICROS),
                quarterIndex(localDate(assignedLocalMicros)).as(ASSIGNED_Q),
                completedLocalMicros.as(COMPLETED_LOCAL_MICROS),
                localDate(completedLocalMicros).as(COMPLETED_DATE),
                quarterIndex(localDate(completedLocalMicros)).as(COMPLETED_Q),
                quarterIndex(localDate(localMicros(col(Relation.CANCELLED_AT)))).as(CANCELLED_Q),
                quarterIndex(col(Relation.DUE_DATE)).as(DUE_Q));
    }

    /** Events: occurred_at as local micros and quarter index. */
    public static Dataset<Row> events(Dataset<Row> taskEvent) {
        Column occurredLocalMicros = localMicros(col(Relation.OCCURRED_AT));
        return taskEvent.select(
                col(Relation.SOURCE_ID),
                col(Relation.TASK_CODE),
                col(Relation.EVENT_ID),
                col(Relation.EVENT_TYPE),
                occurredLocalMicros.as(OCCURRED_LOCAL_MICROS),
                quarterIndex(localDate(occurredLocalMicros)).as(OCCURRED_Q),
                col(Relation.FROM_ORG_CODE),
                col(Relation.TO_ORG_CODE),
                col(Relation.NEW_DUE_DATE));
    }
}

package vn.kyluat.analytics.intermediate;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * How Spark computes and keeps the task-quarter facts: {@link TaskTimeline} applied to every task and its
 * events, and the storage of the result, which every task metric reads. {@link TaskQuarterFacts} says what goes
 * in and what comes out; how is the engine's business (the job's fold is {@code
 * vn.kyluat.analytics.engine.InternalRowTaskFold}), so that this package does not depend on the engine's.
 */
public interface TaskFold {
    /**
     * @param tasks the columns {@code TaskQuarterFacts.TASK_INPUT}, in that order
     * @param events the columns {@code TaskQuarterFacts.EVENT_INPUT}, in that order, of the types {@link
     *     TaskTimeline#EVENT_TYPES} only
     * @return one row of {@link TaskQuarterFacts#FOLD_OUTPUT} per task and quarter of {@code range} it figures in,
     *     as {@link TaskTimeline#quarters} gives them
     */
    Dataset<Row> fold(Dataset<Row> tasks, Dataset<Row> events, QuarterRange range);

    /** The facts, kept for the metrics that read them (each reads them whole once). */
    Dataset<Row> keep(Dataset<Row> facts);
}

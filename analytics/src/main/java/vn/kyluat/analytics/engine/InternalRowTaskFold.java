package vn.kyluat.analytics.engine;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.classic.SparkSession;
import vn.kyluat.analytics.intermediate.QuarterRange;
import vn.kyluat.analytics.intermediate.TaskFold;
import vn.kyluat.analytics.intermediate.TaskQuarterFacts;
import vn.kyluat.contract.Relation;

/**
 * The job's {@link TaskFold}: tasks and their events meet in partitions hashed by task, each task's events found by
 * key ({@link TaskTimelineRows}, over Spark's internal rows); the facts are cached outside the heap ({@link
 * SparkSessions#cacheLevel}, {@link PackedRowSerializer}).
 */
public final class InternalRowTaskFold implements TaskFold {

    @Override
    public Dataset<Row> fold(Dataset<Row> tasks, Dataset<Row> events, QuarterRange range) {
        // Tasks and their events are hashed by task into the same number of partitions, so partition i of one holds
        // exactly the tasks whose events are in partition i of the other; the fold then looks each task's events
        // up instead of sorting both. The number is explicit, so adaptive execution keeps it.
        int partitions = Integer.parseInt(tasks.sparkSession().conf().get("spark.sql.shuffle.partitions"));
        // Spark's internal rows in and out (see TaskTimelineRows); under adaptive execution, asking for them runs
        // the shuffles at once.
        JavaRDD<InternalRow> folded = internalRows(
                        tasks.repartition(partitions, col(Relation.SOURCE_ID), col(Relation.TASK_CODE)))
                .zipPartitions(
                        internalRows(events.repartition(partitions, col(Relation.SOURCE_ID), col(Relation.TASK_CODE))),
                        (taskPart, eventPart) -> TaskTimelineRows.fold(taskPart, eventPart, range));
        return ((SparkSession) tasks.sparkSession())
                .internalCreateDataFrame(folded.rdd(), TaskQuarterFacts.FOLD_OUTPUT, false);
    }

    @Override
    public Dataset<Row> keep(Dataset<Row> facts) {
        return facts.persist(SparkSessions.cacheLevel(facts.sparkSession()));
    }

    private static JavaRDD<InternalRow> internalRows(Dataset<Row> rows) {
        return rows.queryExecution().toRdd().toJavaRDD();
    }
}

package vn.kyluat.analytics.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import vn.kyluat.analytics.SparkTestSession;
import vn.kyluat.analytics.intermediate.TaskTimeline;
import vn.kyluat.contract.Metric;

/** The families' counts taken together over the facts held at qe, each over its own population. */
class HolderFactsTests {
    private static final StructType FACTS = new StructType()
            .add("q", DataTypes.IntegerType)
            .add("holder_org_code", DataTypes.StringType)
            .add("due_in_q", DataTypes.BooleanType)
            .add("outcome", DataTypes.StringType)
            .add("strict_on_time", DataTypes.BooleanType)
            .add("extensions", DataTypes.IntegerType)
            .add("days_overdue", DataTypes.IntegerType)
            .add("delay_days", DataTypes.IntegerType)
            .add("urgent_hours", DataTypes.DoubleType);

    /** Unit A at quarter index 8098: due and on time after one extension; due and late by 3 days, urgent, 10 h;
     *  open since long before (100 days overdue, not due in q). Unit B: one task not yet due. A task without a holder. */
    private static Dataset<Row> facts() {
        return SparkTestSession.get()
                .createDataFrame(
                        List.of(
                                RowFactory.create(8098, "A", true, TaskTimeline.ON_TIME, false, 1, null, null, null),
                                RowFactory.create(8098, "A", true, TaskTimeline.LATE, false, 0, null, 3, 10.0),
                                RowFactory.create(8098, "A", false, null, false, 0, 100, null, null),
                                RowFactory.create(8098, "B", false, null, false, 0, null, null, null),
                                RowFactory.create(8098, null, true, TaskTimeline.LATE, false, 2, null, 5, 4.0)),
                        FACTS);
    }

    @Test
    void eachCountKeepsToItsPopulationAndAUnitHoldingTasksOutsideAllOfThemCountsZero() {
        List<Row> counts = HolderFacts.counts(facts(), Timeliness.counts(), Backlog.counts(), UrgentMatters.counts())
                .orderBy("org_code")
                .collectAsList();

        assertThat(counts)
                .extracting(
                        r -> r.getAs("org_code"),
                        r -> r.getAs(Metric.TASKS_DUE.column()),
                        r -> r.getAs(Metric.DONE_ON_TIME.column()),
                        r -> r.getAs(Metric.DONE_LATE.column()),
                        r -> r.getAs(Metric.EXTENDED_TASKS.column()),
                        r -> r.getAs(Metric.BACKLOG_OVERDUE.column()),
                        r -> r.getAs(Metric.BACKLOG_91_180.column()),
                        r -> r.getAs(Metric.URGENT_DONE.column()))
                .containsExactly(tuple("A", 2L, 1L, 1L, 1L, 1L, 1L, 1L), tuple("B", 0L, 0L, 0L, 0L, 0L, 0L, 0L));
    }

    @Test
    void valuesAreOneRowPerHeldTaskWithAnyValueAndNullWhereTheTaskHasNone() {
        List<Row> values = HolderFacts.values(facts(), Timeliness.lateDelay(), UrgentMatters.value())
                .collectAsList();

        assertThat(values)
                .extracting(
                        r -> r.getAs("org_code"),
                        r -> r.getAs(Timeliness.LATE_DELAY_DAYS),
                        r -> r.getAs(UrgentMatters.URGENT_HOURS))
                .containsExactly(tuple("A", 3.0, 10.0));
    }
}

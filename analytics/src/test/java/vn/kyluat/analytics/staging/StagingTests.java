package vn.kyluat.analytics.staging;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.kyluat.analytics.LakeBuilder;
import vn.kyluat.analytics.SparkTestSession;
import vn.kyluat.contract.Relation;

/** Local dates and quarters come from +07:00, never from the JVM's or Spark's session zone (New York here). */
class StagingTests {

    @Test
    void instantsBecomeLocalDatesAndQuartersAtPlusSeven() {
        var tasks = Staging.tasks(new LakeBuilder()
                .task("LAST_EVENING")
                .assigned("2024-07-01T00:00")
                .completed("2024-09-30T23:30")
                .add()
                .task("NEXT_MORNING")
                .assigned("2024-06-30T23:59")
                .completed("2024-10-01T06:00")
                .add()
                .build()
                .get(Relation.TASK));

        assertThat(tasks.orderBy("task_code").collectAsList())
                .extracting(
                        r -> r.getAs("task_code"),
                        r -> r.getAs("assigned_q"),
                        r -> r.getAs("completed_date"),
                        r -> r.getAs("completed_q"))
                .containsExactly(
                        tuple("LAST_EVENING", 2024 * 4 + 2, LocalDate.parse("2024-09-30"), 2024 * 4 + 2),
                        tuple("NEXT_MORNING", 2024 * 4 + 1, LocalDate.parse("2024-10-01"), 2024 * 4 + 3));
    }

    @Test
    void quarterIndexesNameTheirQuartersAndBounds() {
        var row = SparkTestSession.get()
                .range(1)
                .selectExpr("8098 as q")
                .select(
                        LocalTimes.quarterName(col("q")).as("name"),
                        LocalTimes.quarterStart(col("q")).as("qs"),
                        LocalTimes.quarterEnd(col("q")).as("qe"))
                .first();
        assertThat(row.<String>getAs("name")).isEqualTo("2024Q3");
        assertThat(row.<LocalDate>getAs("qs")).isEqualTo(LocalDate.parse("2024-07-01"));
        assertThat(row.<LocalDate>getAs("qe")).isEqualTo(LocalDate.parse("2024-10-01"));
    }
}

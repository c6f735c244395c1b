package vn.kyluat.analytics.engine;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count_if;
import static org.apache.spark.sql.functions.expr;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kyluat.analytics.GeneratedLake;
import vn.kyluat.analytics.SparkTestSession;
import vn.kyluat.analytics.intermediate.QuarterRange;
import vn.kyluat.analytics.intermediate.TaskFold;
import vn.kyluat.analytics.intermediate.TaskQuarterFacts;
import vn.kyluat.analytics.lake.LakeReader;
import vn.kyluat.analytics.lake.LakeTables;
import vn.kyluat.analytics.staging.Staging;
import vn.kyluat.contract.Mart;
import vn.kyluat.contract.Relation;

/**
 * The job's fold against the plain one ({@link ReferenceTaskFold}) on a generated province read as analyze reads
 * it: the task-quarter facts are the same, row for row. The province is checked first for every case the fold tells
 * apart, so that a generator that stops making one cannot leave it untested.
 */
class InternalRowTaskFoldTests {
    private static final int TASKS = 5000;
    private static final int AT_LEAST_ROWS = 5000;

    /** Each case the fold tells apart, as a condition on a row of the facts. */
    private static final Map<String, String> CASES = Map.ofEntries(
            Map.entry("a transfer", "exists(handoffs_in_q, h -> h.event_type = 'transferred')"),
            Map.entry("a return", "exists(handoffs_in_q, h -> h.event_type = 'returned')"),
            Map.entry("a handoff that came back", "exists(handoffs_in_q, h -> h.came_back_q IS NOT NULL)"),
            Map.entry("an escalation", "size(escalations_in_q) > 0"),
            Map.entry("an extension", "extensions > 0"),
            Map.entry("a due date moved by an extension", "eff_due_date <> due_date"),
            Map.entry("several units holding a task in one quarter", "size(held_orgs) > 1"),
            Map.entry("a task open at a quarter's end", "NOT completed_by_qe"),
            Map.entry("a task completed late", "outcome = 'late'"),
            Map.entry("a task overdue and open", "outcome = 'overdue_open'"),
            Map.entry("a task in the backlog", "outcome = 'backlog'"),
            Map.entry("an urgent task completed", "urgent_hours IS NOT NULL"),
            Map.entry("a task without a lead unit", "lead_org_code IS NULL"));

    @TempDir
    static Path workspace;

    private static Dataset<Row> tasks;
    private static List<Row> plainFacts;
    private static List<Row> jobFacts;
    private static Map<String, Long> rowsPerCase;

    @BeforeAll
    static void foldAGeneratedProvinceBothWays() {
        GeneratedLake.write(workspace, TASKS);
        SparkSession spark = SparkTestSession.get();
        LakeTables lake = new LakeReader(spark, workspace.resolve("lake").toString()).tables();
        QuarterRange range = QuarterRange.of(GeneratedLake.quarters(spark, lake));
        tasks = Staging.tasks(lake.get(Relation.TASK));
        Dataset<Row> events = Staging.events(lake.get(Relation.TASK_EVENT));

        Dataset<Row> plain = facts(new ReferenceTaskFold(), events, range);
        plainFacts = sorted(plain);
        List<String> cases = List.copyOf(CASES.keySet());
        Row counts = plain.select(cases.stream()
                        .map(name -> count_if(expr(CASES.get(name))))
                        .toArray(Column[]::new))
                .first();
        rowsPerCase = new TreeMap<>();
        for (int i = 0; i < cases.size(); i++) {
            rowsPerCase.put(cases.get(i), counts.getLong(i));
        }

        Dataset<Row> job = facts(new InternalRowTaskFold(), events, range);
        jobFacts = sorted(job);
        job.unpersist();
    }

    private static Dataset<Row> facts(TaskFold fold, Dataset<Row> events, QuarterRange range) {
        return TaskQuarterFacts.build(tasks, events, range, fold).facts();
    }

    /** In the order of the mart's grain: quarter, source, task. */
    private static List<Row> sorted(Dataset<Row> facts) {
        return facts.orderBy(col(Mart.QUARTER), col("source_id"), col("task_code"))
                .collectAsList();
    }

    @Test
    void theProvinceHasEveryCaseTheFoldTellsApart() {
        assertThat(plainFacts.size()).as("rows").isGreaterThan(AT_LEAST_ROWS);
        assertThat(rowsPerCase)
                .allSatisfy((name, rows) -> assertThat(rows).as(name).isPositive());
        assertThat(tasks.filter(col("cancelled_q").isNotNull()).count())
                .as("cancelled tasks")
                .isPositive();
        assertThat(plainFacts.stream()
                        .map(r -> r.getAs("source_id") + "/" + r.getAs("task_code"))
                        .distinct()
                        .count())
                .as("tasks, fewer than their rows: tasks spanning quarters")
                .isLessThan(plainFacts.size());
    }

    @Test
    void theJobsFoldGivesThePlainFoldsFactsRowForRow() {
        assertThat(jobFacts).hasSameSizeAs(plainFacts);
        for (int i = 0; i < plainFacts.size(); i++) {
            assertThat(jobFacts.get(i)).as("row %d of the sorted facts", i).isEqualTo(plainFacts.get(i));
        }
    }
}

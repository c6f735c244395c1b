package vn.kyluat.analytics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.not;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kyluat.analytics.config.AnalyticsSettings;
import vn.kyluat.analytics.lake.LakeReader;
import vn.kyluat.analytics.lake.LakeTables;
import vn.kyluat.contract.Mart;
import vn.kyluat.contract.Metric;
import vn.kyluat.contract.TaskOutcome;

/**
 * Every drill-down list against the figure it explains, for every unit and quarter of a small generated
 * province (the lake the generator writes for benchmarks, read as analyze reads it): the rows a reader
 * finds under a unit are exactly as many as the unit's own figure, and no unit has rows for a figure of 0.
 * task_quarter_facts lists tasks by holder; a holder counts under the unit org_tree names for it.
 */
class DrillDownReconciliationTests {
    @TempDir
    static Path workspace;

    private static MetricsMarts marts;
    /** The own-scope rows of org_quarter_metrics by quarter/org_code. */
    private static final Map<String, Row> OWN_ROWS = new TreeMap<>();

    @BeforeAll
    static void computeTheMartsOfAGeneratedProvince() {
        GeneratedLake.write(workspace, 1500);
        SparkSession spark = SparkTestSession.get();
        LakeTables lake = new LakeReader(spark, workspace.resolve("lake").toString()).tables();
        marts = MetricsPipeline.compute(lake, AnalyticsSettings.defaults(GeneratedLake.quarters(spark, lake)));
        marts.orgQuarterMetrics()
                .filter(col(Mart.SCOPE).equalTo(Mart.SCOPE_OWN))
                .collectAsList()
                .forEach(row -> OWN_ROWS.put(key(row), row));
    }

    private static String key(Row row) {
        return row.<String>getAs(Mart.QUARTER) + "/" + row.<String>getAs(Mart.ORG_CODE);
    }

    /** How many rows of a list each unit and quarter has. */
    private static Map<String, Long> rowsPerUnit(Dataset<Row> list) {
        Map<String, Long> counts = new TreeMap<>();
        list.groupBy(Mart.QUARTER, Mart.ORG_CODE)
                .count()
                .collectAsList()
                .forEach(r -> counts.put(key(r), r.getLong(2)));
        return counts;
    }

    /** The units and quarters whose figure is not 0, with the figure. */
    private static Map<String, Long> nonZero(ToLongFunction<Row> figure) {
        Map<String, Long> figures = new TreeMap<>();
        OWN_ROWS.forEach((key, row) -> {
            long value = figure.applyAsLong(row);
            if (value != 0) {
                figures.put(key, value);
            }
        });
        return figures;
    }

    private static ToLongFunction<Row> figure(Metric metric) {
        return row -> row.<Long>getAs(metric.column());
    }

    private static void assertListExplains(Dataset<Row> list, ToLongFunction<Row> figure, String what) {
        Map<String, Long> figures = nonZero(figure);
        assertThat(figures)
                .as("units and quarters with " + what + " in the generated province")
                .isNotEmpty();
        assertThat(rowsPerUnit(list))
                .as("rows per quarter/unit listed for " + what)
                .isEqualTo(figures);
    }

    @Test
    void bouncedHandoffsAreTheReturnsAndTheReversedTransfersOfEachUnit() {
        Dataset<Row> bounced = marts.bouncedHandoffs();
        assertListExplains(
                bounced.filter(col("counted_in").equalTo(Metric.RETURNS_OUT.column())),
                figure(Metric.RETURNS_OUT),
                "returns_out");
        assertListExplains(
                bounced.filter(col("counted_in").equalTo(Metric.REVERSED_TRANSFERS.column())),
                figure(Metric.REVERSED_TRANSFERS),
                "reversed_transfers");
        assertThat(bounced.filter(not(col("counted_in").isin(Mart.BOUNCE_FIGURES.toArray())))
                        .count())
                .as("rows naming no figure")
                .isZero();
    }

    @Test
    void withinAuthorityEscalationsAreTheEscalationsWithinOfEachUnit() {
        assertListExplains(marts.withinAuthorityEscalations(), figure(Metric.ESCALATIONS_WITHIN), "escalations_within");
    }

    @Test
    void openOverdueFindingsAreTheFindingsOpenOverdueOfEachUnit() {
        assertListExplains(marts.openOverdueFindings(), figure(Metric.FINDINGS_OPEN_OVERDUE), "findings_open_overdue");
    }

    @Test
    void taskQuarterFactsByOutcomeAreTheTimelinessAndBacklogOfTheUnitTheHolderCountsUnder() {
        Dataset<Row> countedUnder = marts.orgTree()
                .select(
                        col(Mart.QUARTER),
                        col(Mart.ORG_CODE).as("holder_org_code"),
                        col("counted_under_code").as(Mart.ORG_CODE));
        Dataset<Row> facts =
                marts.taskQuarterFacts().join(countedUnder, new String[] {Mart.QUARTER, "holder_org_code"});
        assertListExplains(facts.filter(outcome(TaskOutcome.ON_TIME)), figure(Metric.DONE_ON_TIME), "done_on_time");
        assertListExplains(facts.filter(outcome(TaskOutcome.LATE)), figure(Metric.DONE_LATE), "done_late");
        assertListExplains(
                facts.filter(outcome(TaskOutcome.OVERDUE_OPEN)), figure(Metric.OVERDUE_OPEN), "overdue_open");
        assertListExplains(
                facts.filter(outcome(TaskOutcome.OVERDUE_OPEN).or(outcome(TaskOutcome.BACKLOG))),
                figure(Metric.BACKLOG_OVERDUE),
                "backlog_overdue");
    }

    private static Column outcome(TaskOutcome outcome) {
        return col("outcome").equalTo(outcome.code());
    }

    @Test
    void everyUnitWithFiguresIsInTheOrgTreeCountedUnderItself() {
        Map<String, String> countedUnder = new TreeMap<>();
        marts.orgTree().collectAsList().forEach(r -> countedUnder.put(key(r), r.getAs("counted_under_code")));
        OWN_ROWS.keySet()
                .forEach(key ->
                        assertThat(countedUnder.get(key)).as(key).isEqualTo(key.substring(key.indexOf('/') + 1)));
        assertThat(countedUnder)
                .as("units absorbed into another (the generator merges one)")
                .anySatisfy((key, under) -> assertThat(key).doesNotEndWith("/" + under));
    }

    @Test
    void tasksWithoutLeadAreThoseTheGeneratorLeftWithoutOnePerSourceAndQuarter() throws Exception {
        JsonNode planted = new ObjectMapper()
                .readTree(workspace.resolve("units/expected.json").toFile())
                .get("tasks_without_lead");
        Map<String, Long> expected = new TreeMap<>();
        planted.properties()
                .forEach(source -> source.getValue().properties().forEach(quarter -> {
                    if (OWN_ROWS.keySet().stream().anyMatch(k -> k.startsWith(quarter.getKey() + "/"))) {
                        expected.put(
                                source.getKey() + "/" + quarter.getKey(),
                                quarter.getValue().asLong());
                    }
                }));
        Map<String, Long> listed = new TreeMap<>();
        marts.tasksWithoutLead()
                .groupBy("source_id", Mart.QUARTER)
                .count()
                .collectAsList()
                .forEach(r -> listed.put(r.getString(0) + "/" + r.getString(1), r.getLong(2)));
        expected.values().removeIf(count -> count == 0);

        assertThat(expected).isNotEmpty();
        assertThat(listed).isEqualTo(expected);
    }
}

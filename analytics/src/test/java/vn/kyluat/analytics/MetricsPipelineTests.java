package vn.kyluat.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.kyluat.contract.Mart;
import vn.kyluat.contract.Metric;

/** The marts' shape, and the drill-down rows of task_quarter_facts. */
class MetricsPipelineTests {
    private static ComputedMarts m;

    @BeforeAll
    static void computeOnce() {
        m = ComputedMarts.of(
                new LakeBuilder()
                        .standardTree()
                        .task("T_LATE")
                        .lead("C1")
                        .due("2024-08-15")
                        .completed("2024-10-20T10:00")
                        .add()
                        .task("T_OPEN")
                        .lead("C1")
                        .assigned("2024-05-10T09:00")
                        .due("2024-06-15")
                        .add()
                        .task("T_NOT_DUE")
                        .lead("C2")
                        .due("2025-03-01")
                        .add()
                        .task("T_NO_LEAD")
                        .due("2024-08-15")
                        .add()
                        .transfer("T_NO_LEAD", "2024-10-02T10:00", "ROOT", "C2"),
                "2024Q3",
                "2024Q4");
    }

    private static void assertColumns(Dataset<Row> mart, Mart contract) {
        assertThat(mart.columns()).containsExactlyElementsOf(contract.columns());
    }

    private static DataType type(Dataset<Row> mart, String column) {
        return Arrays.stream(mart.schema().fields())
                .filter(f -> f.name().equals(column))
                .map(StructField::dataType)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void everyMartHasExactlyTheContractsColumnsInOrder() {
        assertColumns(m.marts().orgQuarterMetrics(), Mart.ORG_QUARTER_METRICS);
        assertColumns(m.marts().taskQuarterFacts(), Mart.TASK_QUARTER_FACTS);
        assertColumns(m.marts().overlappingAssignments(), Mart.OVERLAPPING_ASSIGNMENTS);
        assertColumns(m.marts().tasksWithoutLead(), Mart.TASKS_WITHOUT_LEAD);
        assertColumns(m.marts().atRiskTasks(), Mart.AT_RISK_TASKS);
        assertColumns(m.marts().bouncedHandoffs(), Mart.BOUNCED_HANDOFFS);
        assertColumns(m.marts().withinAuthorityEscalations(), Mart.WITHIN_AUTHORITY_ESCALATIONS);
        assertColumns(m.marts().openOverdueFindings(), Mart.OPEN_OVERDUE_FINDINGS);
        assertColumns(m.marts().orgTree(), Mart.ORG_TREE);
    }

    @Test
    void metricColumnsAreTypedByTheirKind() {
        Dataset<Row> metrics = m.marts().orgQuarterMetrics();
        Map<Metric, DataType> expected = Map.of(
                Metric.TASKS_DUE, DataTypes.LongType,
                Metric.ON_TIME_RATE, DataTypes.DoubleType,
                Metric.LATE_DELAY_P90_DAYS, DataTypes.DoubleType,
                Metric.PEER_RANK, DataTypes.IntegerType,
                Metric.PEER_COUNT, DataTypes.LongType,
                Metric.FUNNEL_FLAG, DataTypes.StringType,
                Metric.WATCH, DataTypes.BooleanType);
        expected.forEach((metric, t) ->
                assertThat(type(metrics, metric.column())).as(metric.column()).isEqualTo(t));
        assertThat(type(metrics, Mart.QUARTER)).isEqualTo(DataTypes.StringType);
        assertThat(type(m.marts().taskQuarterFacts(), "assigned_at")).isEqualTo(DataTypes.TimestampType);
        assertThat(type(m.marts().taskQuarterFacts(), "eff_due_date")).isEqualTo(DataTypes.DateType);
    }

    /** A nullable partition column makes Spark's writer copy every row first, to turn an empty name into null. */
    @Test
    void theFactsQuarterIsNeverNull() {
        assertThat(m.marts().taskQuarterFacts().schema().apply(Mart.QUARTER).nullable())
                .isFalse();
    }

    @Test
    void everyUnitValidOnTheLastDayHasAnOwnAndASubtreeRowAndPeerColumnsOnlyOnSubtreeRows() {
        assertThat(m.marts().orgQuarterMetrics().count()).isEqualTo(2 * 4 * 2);
        Row own = m.row("2024Q3", "C1", Mart.SCOPE_OWN);
        Row subtree = m.row("2024Q3", "C1", Mart.SCOPE_SUBTREE);
        assertThat(own.<String>getAs("org_code")).isEqualTo("C1");
        assertThat(own.<String>getAs("scope")).isEqualTo(Mart.SCOPE_OWN);
        assertThat(subtree.<String>getAs("scope")).isEqualTo(Mart.SCOPE_SUBTREE);
        assertThat(own.<String>getAs("org_name")).isEqualTo("Tổ chức C1");
        assertThat(own.<String>getAs("org_kind")).isEqualTo("party_cell");
        assertThat(own.<String>getAs("metrics_version")).isEqualTo(Mart.METRICS_VERSION);
        assertThat(own.<String>getAs("parent_code")).isEqualTo("G");
        for (Metric peer :
                Arrays.stream(Metric.values()).filter(Metric::isPeerColumn).toList()) {
            assertThat(own.<Object>getAs(peer.column())).as(peer.column()).isNull();
        }
        assertThat(subtree.<String>getAs(Metric.PEER_GROUP.column())).isEqualTo("G/party_cell");
        assertThat(subtree.<Integer>getAs(Metric.PEER_RANK.column())).isNotNull();
    }

    @Test
    void factsRunFromTheAssignmentQuarterToTheCompletionQuarterWithTheirOutcome() {
        List<Row> facts = ComputedMarts.collect(m.marts().taskQuarterFacts(), "task_code", "quarter");
        assertThat(facts)
                .extracting(
                        r -> r.getAs("task_code"),
                        r -> r.getAs("quarter"),
                        r -> r.getAs("holder_org_code"),
                        r -> r.getAs("outcome"),
                        r -> r.getAs("days_overdue"),
                        r -> r.getAs("delay_days"))
                .containsExactly(
                        tuple("T_LATE", "2024Q3", "C1", "overdue_open", 47, null),
                        tuple("T_LATE", "2024Q4", "C1", "not_due", null, 66),
                        tuple("T_NOT_DUE", "2024Q3", "C2", "not_due", null, null),
                        tuple("T_NOT_DUE", "2024Q4", "C2", "not_due", null, null),
                        tuple("T_NO_LEAD", "2024Q3", null, "overdue_open", 47, null),
                        tuple("T_NO_LEAD", "2024Q4", "C2", "backlog", 139, null),
                        tuple("T_OPEN", "2024Q3", "C1", "backlog", 108, null),
                        tuple("T_OPEN", "2024Q4", "C1", "backlog", 200, null));
        assertThat(facts.get(0).<LocalDate>getAs("eff_due_date")).isEqualTo(LocalDate.parse("2024-08-15"));
    }

    @Test
    void aTaskWithoutLeadHasNoHolderUntilATransferGivesItOne() {
        assertThat(m.subtree("2024Q3", "ROOT", Metric.TASKS_DUE)).isEqualTo(1L);
        // as of Q4's end: T_OPEN and, now held by C2, T_NO_LEAD (T_LATE was completed in Q4)
        assertThat(m.subtree("2024Q4", "ROOT", Metric.BACKLOG_OVERDUE)).isEqualTo(2L);
        assertThat(m.own("2024Q4", "C2", Metric.BACKLOG_OVERDUE)).isEqualTo(1L);
    }
}

package vn.kyluat.analytics.metrics;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.kyluat.contract.Metric.BACKLOG_OVERDUE;
import static vn.kyluat.contract.Metric.ESCALATIONS_WITHIN;
import static vn.kyluat.contract.Metric.FINDINGS_OPEN_OVERDUE;
import static vn.kyluat.contract.Metric.RETURNS_OUT;
import static vn.kyluat.contract.Metric.REVERSED_TRANSFERS;

import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.kyluat.analytics.ComputedMarts;
import vn.kyluat.analytics.LakeBuilder;

/**
 * The lists behind buck-passing, avoided decisions and overdue findings, and the organisation tree, worked
 * out by hand on {@link BuckPassingTests}' lake (cells A and B under G) with cell D, dissolved on 2024-08-15
 * into A; quarters 2024Q3–Q4.
 */
class DrillDownListsTests {
    private static ComputedMarts m;

    @BeforeAll
    static void computeOnce() {
        LakeBuilder lake = BuckPassingTests.handoffsAndEscalations()
                .org("D", "G", "party_cell", "2020-01-01", "2024-08-15", "A")
                // returned by D before it was dissolved: counts for A, the unit standing for D at the quarter's end
                .task("T_RETURN_BY_D")
                .lead("D")
                .add()
                .giveBack("T_RETURN_BY_D", "2024-08-01T10:00", "D", "G")
                // still held by D, overdue: in A's backlog from D's dissolution on
                .task("T_HELD_BY_D")
                .lead("D")
                .due("2024-08-10")
                .add()
                // remedied after Q3 ended: open and overdue in Q3 only
                .finding("F_LATE", "A", "2024-07-01", "2024-08-01", "2024-10-10")
                // never remedied: listed in both quarters, older in the second
                .finding("F_OPEN", "B", "2024-07-01", "2024-09-15", null)
                .finding("F_ON_TIME", "B", "2024-07-01", "2024-08-01", "2024-07-20")
                .finding("F_OF_D", "D", "2024-07-01", "2024-08-10", null);
        m = ComputedMarts.of(lake, "2024Q3", "2024Q4");
    }

    /** The quarter's rows, by unit and then by task or finding. */
    private static List<Row> rows(Dataset<Row> mart, String quarter) {
        String item = List.of(mart.columns()).contains("task_code") ? "task_code" : "finding_code";
        return ComputedMarts.collect(mart.filter(mart.col("quarter").equalTo(quarter)), "org_code", item);
    }

    @Test
    void eachTasksFactsCarryItsTransfersAndReturnsBeforeTheQuartersEnd() {
        List<Row> facts = ComputedMarts.collect(
                m.marts()
                        .taskQuarterFacts()
                        .filter(col("task_code").isin("T_BOUNCE", "T_BACK_NEXT_Q", "T_RETURN_BY_D", "T_ESC_WITHIN")),
                "task_code",
                "quarter");

        String bounce = "2024-07-10 transferred A→B; 2024-07-20 transferred B→A";
        assertThat(facts)
                .extracting(r -> r.getAs("task_code"), r -> r.getAs("quarter"), r -> r.getAs("handoff_history"))
                .containsExactly(
                        tuple("T_BACK_NEXT_Q", "2024Q3", "2024-09-25 transferred A→B"),
                        tuple("T_BACK_NEXT_Q", "2024Q4", "2024-09-25 transferred A→B; 2024-10-05 transferred B→A"),
                        tuple("T_BOUNCE", "2024Q3", bounce),
                        tuple("T_BOUNCE", "2024Q4", bounce),
                        tuple("T_ESC_WITHIN", "2024Q3", null),
                        tuple("T_ESC_WITHIN", "2024Q4", null),
                        tuple("T_RETURN_BY_D", "2024Q3", "2024-08-01 returned D→G"),
                        tuple("T_RETURN_BY_D", "2024Q4", "2024-08-01 returned D→G"));
    }

    @Test
    void aReturnAndATransferThatCameBackAreListedNamingTheirFigure() {
        List<Row> q3 = rows(m.marts().bouncedHandoffs(), "2024Q3");

        assertThat(q3)
                .extracting(
                        r -> r.getAs("org_code"),
                        r -> r.getAs("counted_in"),
                        r -> r.getAs("task_code"),
                        r -> r.getAs("from_org_code"),
                        r -> r.getAs("to_org_code"))
                .containsExactly(
                        tuple("A", "reversed_transfers", "T_BOUNCE", "A", "B"),
                        tuple("A", "returns_out", "T_RETURN", "A", "G"),
                        tuple("A", "returns_out", "T_RETURN_BY_D", "D", "G"));
        Row bounce = q3.get(0);
        assertThat(bounce.<Object>getAs("occurred_at")).isEqualTo(LakeBuilder.local("2024-07-10T10:00"));
        assertThat(bounce.<Object>getAs("came_back_at")).isEqualTo(LakeBuilder.local("2024-07-20T10:00"));
        assertThat(bounce.<String>getAs("holder_org_code")).isEqualTo("A");
        assertThat(bounce.<String>getAs("title")).isEqualTo("Nhiệm vụ T_BOUNCE");
        assertThat(q3.get(1).<Object>getAs("came_back_at")).isNull();
    }

    @Test
    void aTransferThatComesBackOnlyAfterTheQuarterIsNotListed() {
        assertThat(rows(m.marts().bouncedHandoffs(), "2024Q3"))
                .extracting(r -> r.getAs("task_code"))
                .doesNotContain("T_BACK_NEXT_Q");
        assertThat(rows(m.marts().bouncedHandoffs(), "2024Q4")).isEmpty();
    }

    @Test
    void theBouncedHandoffsOfAUnitAreItsReturnsOutPlusReversedTransfers() {
        assertThat((long) m.own("2024Q3", "A", RETURNS_OUT) + (long) m.own("2024Q3", "A", REVERSED_TRANSFERS))
                .isEqualTo(3L);
        assertThat((long) m.own("2024Q3", "B", RETURNS_OUT) + (long) m.own("2024Q3", "B", REVERSED_TRANSFERS))
                .isZero();
    }

    @Test
    void onlyTheEscalationOfAWithinAuthorityTaskIsListed() {
        List<Row> q3 = rows(m.marts().withinAuthorityEscalations(), "2024Q3");

        assertThat(q3)
                .extracting(
                        r -> r.getAs("org_code"),
                        r -> r.getAs("task_code"),
                        r -> r.getAs("from_org_code"),
                        r -> r.getAs("to_org_code"),
                        r -> r.getAs("occurred_at"))
                .containsExactly(tuple("A", "T_ESC_WITHIN", "A", "ROOT", LakeBuilder.local("2024-08-05T10:00")));
        assertThat(m.own("2024Q3", "A", ESCALATIONS_WITHIN)).isEqualTo(1L);
    }

    @Test
    void aFindingIsListedInEveryQuarterItIsStillOpenAndOverdue() {
        assertThat(rows(m.marts().openOverdueFindings(), "2024Q3"))
                .extracting(
                        r -> r.getAs("org_code"),
                        r -> r.getAs("finding_code"),
                        r -> r.getAs("finding_org_code"),
                        r -> r.getAs("days_overdue"))
                .containsExactly(
                        tuple("A", "F_LATE", "A", 61), // 2024-08-01 → 2024-10-01
                        tuple("A", "F_OF_D", "D", 52), // 2024-08-10 → 2024-10-01, under the unit that absorbed D
                        tuple("B", "F_OPEN", "B", 16));
        assertThat(rows(m.marts().openOverdueFindings(), "2024Q4"))
                .extracting(r -> r.getAs("finding_code"), r -> r.getAs("days_overdue"))
                .containsExactly(tuple("F_OF_D", 144), tuple("F_OPEN", 108)); // → 2025-01-01
        assertThat(m.own("2024Q3", "A", FINDINGS_OPEN_OVERDUE)).isEqualTo(2L);
        assertThat(m.own("2024Q4", "A", FINDINGS_OPEN_OVERDUE)).isEqualTo(1L);
    }

    @Test
    void theOrgTreeMapsTheDissolvedUnitToItsSuccessorFromItsLastQuarterOn() {
        List<Row> q3 = ComputedMarts.collect(m.marts().orgTree().filter("quarter = '2024Q3'"), "org_code");

        assertThat(q3)
                .extracting(r -> r.getAs("org_code"), r -> r.getAs("parent_code"), r -> r.getAs("counted_under_code"))
                .containsExactly(
                        tuple("A", "G", "A"),
                        tuple("B", "G", "B"),
                        tuple("D", "G", "A"),
                        tuple("G", "ROOT", "G"),
                        tuple("ROOT", null, "ROOT"));
        Row dissolved = q3.get(2);
        assertThat(dissolved.<LocalDate>getAs("valid_to")).isEqualTo(LocalDate.parse("2024-08-15"));
        assertThat(dissolved.<String>getAs("successor_code")).isEqualTo("A");
        assertThat(dissolved.<String>getAs("org_kind")).isEqualTo("party_cell");
        // dissolved before 2024Q4, D still maps to A there: the task it holds is in A's backlog
        assertThat(ComputedMarts.collect(m.marts().orgTree().filter("quarter = '2024Q4'"), "org_code"))
                .extracting(r -> r.getAs("org_code"), r -> r.getAs("counted_under_code"))
                .containsExactly(
                        tuple("A", "A"), tuple("B", "B"), tuple("D", "A"), tuple("G", "G"), tuple("ROOT", "ROOT"));
        Dataset<Row> countedUnderA = m.marts()
                .orgTree()
                .filter("quarter = '2024Q4' AND counted_under_code = 'A'")
                .select(col("org_code").as("holder_org_code"));
        List<Row> backlogOfA = ComputedMarts.collect(
                m.marts()
                        .taskQuarterFacts()
                        .filter("quarter = '2024Q4' AND outcome IN ('backlog', 'overdue_open')")
                        .join(countedUnderA, "holder_org_code"),
                "task_code");
        assertThat(backlogOfA)
                .extracting(r -> r.getAs("task_code"), r -> r.getAs("holder_org_code"))
                .containsExactly(
                        tuple("T_BACK_NEXT_Q", "A"),
                        tuple("T_BOUNCE", "A"),
                        tuple("T_ESC_BEYOND", "A"),
                        tuple("T_ESC_WITHIN", "A"),
                        tuple("T_HELD_BY_D", "D"));
        assertThat(m.own("2024Q4", "A", BACKLOG_OVERDUE)).isEqualTo(5L);
    }
}

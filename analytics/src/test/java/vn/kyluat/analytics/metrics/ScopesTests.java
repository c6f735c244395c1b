package vn.kyluat.analytics.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kyluat.contract.Metric.DISCIPLINE_ACTIONS;
import static vn.kyluat.contract.Metric.DISCIPLINE_PER_100;
import static vn.kyluat.contract.Metric.DONE_ON_TIME;
import static vn.kyluat.contract.Metric.FINDINGS_DUE;
import static vn.kyluat.contract.Metric.FINDINGS_OPEN_OVERDUE;
import static vn.kyluat.contract.Metric.FINDINGS_REMEDIED_ON_TIME;
import static vn.kyluat.contract.Metric.MEMBERS;
import static vn.kyluat.contract.Metric.ON_TIME_RATE;
import static vn.kyluat.contract.Metric.REMEDIATION_ON_TIME_RATE;
import static vn.kyluat.contract.Metric.TASKS_DUE;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.kyluat.analytics.ComputedMarts;
import vn.kyluat.analytics.LakeBuilder;

/**
 * The two scopes of METRICS.md §4 over the tree valid on the quarter's last day, with findings
 * and discipline. ROOT → G1 → C1, C2 (merged into C1 on 2024-08-31), C3, C4 (merged into C2 on
 * 2024-07-31, so into C1); ROOT → G2 → C5.
 */
class ScopesTests {
    private static ComputedMarts m;

    @BeforeAll
    static void computeOnce() {
        LakeBuilder lake = new LakeBuilder()
                .org("ROOT", null, "bloc_committee")
                .org("G1", "ROOT", "grassroots_org")
                .org("G2", "ROOT", "grassroots_org")
                .org("C1", "G1", "party_cell")
                .org("C2", "G1", "party_cell", "2020-01-01", "2024-08-31", "C1")
                .org("C3", "G1", "party_cell")
                .org("C4", "G1", "party_cell", "2020-01-01", "2024-07-31", "C2")
                .org("C5", "G2", "party_cell");
        lake.task("T1")
                .lead("C1")
                .due("2024-09-15")
                .completed("2024-09-10T10:00")
                .add()
                .task("T2")
                .lead("C2")
                .due("2024-09-15")
                .completed("2024-09-10T10:00")
                .add()
                .task("T3")
                .lead("C3")
                .due("2024-09-15")
                .completed("2024-09-20T10:00")
                .add()
                .task("T4")
                .lead("C4")
                .due("2024-09-15")
                .add()
                .task("T5")
                .lead("C5")
                .due("2024-09-15")
                .completed("2024-09-10T10:00")
                .add()
                .finding("F1", "C2", "2024-07-01", "2024-08-20", "2024-08-18")
                .finding("F2", "C3", "2024-04-01", "2024-05-10", null)
                .finding("F3", "C3", "2024-07-01", "2024-09-01", "2024-09-05")
                .finding("F4", "C3", "2024-07-01", "2024-09-30", "2024-10-02")
                .finding("F5", "C3", "2024-10-02", "2024-09-30", null)
                .discipline("D1", "P1", "C3", "2024-08-01")
                .discipline("D2", "P9", "C1", "2024-07-15")
                .discipline("D3", "P9", "C1", "2024-06-01")
                .member("P1", "C3", true, "2020-01-01", null)
                .member("P2", "C3", true, "2020-01-01", "2024-09-29")
                .member("P3", "C3", false, "2020-01-01", null)
                .member("P4", "C3", true, "2020-01-01", "2024-09-30");
        m = ComputedMarts.of(lake, "2024Q2", "2024Q3");
    }

    @Test
    void aMergedUnitHasNoRowOnceDissolvedAndItsTasksCountUnderItsSuccessor() {
        assertThat(m.hasRow("2024Q3", "C2")).isFalse();
        assertThat(m.hasRow("2024Q3", "C4")).isFalse();
        assertThat(m.hasRow("2024Q2", "C2")).isTrue();
        // C1 answers for its own task, C2's and, along the chain C4 → C2 → C1, C4's
        assertThat(m.own("2024Q3", "C1", TASKS_DUE)).isEqualTo(3L);
        assertThat(m.own("2024Q3", "C1", DONE_ON_TIME)).isEqualTo(2L);
        assertThat(m.subtree("2024Q3", "C1", TASKS_DUE)).isEqualTo(3L);
    }

    @Test
    void subtreeCountsAreSumsAndRatesAreRecomputedFromThemNotAveraged() {
        // C1 2/3 on time, C3 0/1: the average of the rates would be 1/3; the subtree has 2 of 4
        assertThat(m.own("2024Q3", "G1", TASKS_DUE)).isEqualTo(0L);
        assertThat(m.subtree("2024Q3", "G1", TASKS_DUE)).isEqualTo(4L);
        assertThat(m.subtree("2024Q3", "G1", ON_TIME_RATE)).isEqualTo(0.5);
        assertThat(m.subtree("2024Q3", "ROOT", TASKS_DUE)).isEqualTo(5L);
        assertThat(m.subtree("2024Q3", "ROOT", ON_TIME_RATE)).isEqualTo(0.6);
    }

    @Test
    void findingsAreDueInTheirQuarterOnTimeWhenRemediedByTheRemedyDateAndOpenOverdueUntilRemedied() {
        // C3: F3 remedied late, F4 remedied only after qe; open overdue at qe: F2 (due in Q2) and F4; F5 found after qe
        assertThat(m.own("2024Q3", "C3", FINDINGS_DUE)).isEqualTo(2L);
        assertThat(m.own("2024Q3", "C3", FINDINGS_REMEDIED_ON_TIME)).isEqualTo(0L);
        assertThat(m.own("2024Q3", "C3", REMEDIATION_ON_TIME_RATE)).isEqualTo(0.0);
        assertThat(m.own("2024Q3", "C3", FINDINGS_OPEN_OVERDUE)).isEqualTo(2L);
        assertThat(m.own("2024Q2", "C3", FINDINGS_OPEN_OVERDUE)).isEqualTo(1L);
        // G1 adds C2's F1, remedied two days early, via C1
        assertThat(m.subtree("2024Q3", "G1", FINDINGS_DUE)).isEqualTo(3L);
        assertThat((Double) m.subtree("2024Q3", "G1", REMEDIATION_ON_TIME_RATE)).isEqualTo(1.0 / 3);
    }

    @Test
    void membersArePartyMembersValidOnTheQuartersLastDayAndDisciplineIsPer100OfThem() {
        // P1 and P4 (valid to 2024-09-30 inclusive); not P2 (left on 2024-09-29) nor P3 (not a party member)
        assertThat(m.own("2024Q3", "C3", MEMBERS)).isEqualTo(2L);
        assertThat(m.own("2024Q3", "C3", DISCIPLINE_ACTIONS)).isEqualTo(1L);
        assertThat(m.own("2024Q3", "C3", DISCIPLINE_PER_100)).isEqualTo(50.0);
        assertThat(m.own("2024Q3", "C1", DISCIPLINE_ACTIONS)).isEqualTo(1L);
        assertThat(m.own("2024Q3", "C1", DISCIPLINE_PER_100)).isNull();
        assertThat(m.subtree("2024Q3", "G1", DISCIPLINE_PER_100)).isEqualTo(100.0);
    }
}

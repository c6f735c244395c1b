package vn.kyluat.analytics.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kyluat.contract.Metric.DONE_ON_TIME;
import static vn.kyluat.contract.Metric.ON_TIME_RATE;
import static vn.kyluat.contract.Metric.TASKS_DUE;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.kyluat.analytics.ComputedMarts;
import vn.kyluat.analytics.LakeBuilder;

/**
 * {@link Scopes}: the two scopes of docs/metrics.md#organisations-and-scopes over the tree valid on the
 * quarter's last day ({@link FindingsTests} and {@link DisciplineTests} check them for findings and
 * discipline). ROOT → G1 → C1, C2 (merged into C1 on 2024-08-31), C3, C4 (merged into C2 on
 * 2024-07-31, so into C1); ROOT → G2 → C5.
 */
class ScopesTests {
    private static ComputedMarts m;

    /** The tree of these tests, which {@link FindingsTests} and {@link DisciplineTests} use too. */
    static LakeBuilder treeWithMergers() {
        return new LakeBuilder()
                .org("ROOT", null, "bloc_committee")
                .org("G1", "ROOT", "grassroots_org")
                .org("G2", "ROOT", "grassroots_org")
                .org("C1", "G1", "party_cell")
                .org("C2", "G1", "party_cell", "2020-01-01", "2024-08-31", "C1")
                .org("C3", "G1", "party_cell")
                .org("C4", "G1", "party_cell", "2020-01-01", "2024-07-31", "C2")
                .org("C5", "G2", "party_cell");
    }

    @BeforeAll
    static void computeOnce() {
        LakeBuilder lake = treeWithMergers();
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
                .add();
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
}

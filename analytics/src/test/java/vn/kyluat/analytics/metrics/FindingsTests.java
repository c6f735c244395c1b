package vn.kyluat.analytics.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kyluat.contract.Metric.FINDINGS_DUE;
import static vn.kyluat.contract.Metric.FINDINGS_OPEN_OVERDUE;
import static vn.kyluat.contract.Metric.FINDINGS_REMEDIED_ON_TIME;
import static vn.kyluat.contract.Metric.REMEDIATION_ON_TIME_RATE;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.kyluat.analytics.ComputedMarts;
import vn.kyluat.analytics.LakeBuilder;

/**
 * {@link Findings}, as docs/metrics.md#inspection-findings-findings defines it: given the findings below
 * (code, unit, found, remedy due, remedied), the expected figures, on {@link ScopesTests}' tree: ROOT → G1 →
 * C1, C2 (merged into C1 on 2024-08-31), C3; quarters 2024Q2–Q3 (Q3's qe = 2024-10-01).
 */
class FindingsTests {
    private static ComputedMarts m;

    @BeforeAll
    static void computeOnce() {
        LakeBuilder lake = ScopesTests.treeWithMergers()
                .finding("F1", "C2", "2024-07-01", "2024-08-20", "2024-08-18") // two days early
                .finding("F2", "C3", "2024-04-01", "2024-05-10", null) // due in Q2, never remedied
                .finding("F3", "C3", "2024-07-01", "2024-09-01", "2024-09-05") // remedied late
                .finding("F4", "C3", "2024-07-01", "2024-09-30", "2024-10-02") // remedied only after qe
                .finding("F5", "C3", "2024-10-02", "2024-09-30", null); // found after qe
        m = ComputedMarts.of(lake, "2024Q2", "2024Q3");
    }

    @Test
    void findingsAreDueInTheirQuarterOnTimeWhenRemediedByTheRemedyDateAndOpenOverdueUntilRemedied() {
        // C3: F3 remedied late, F4 remedied only after qe; open overdue at qe: F2 (due in Q2) and F4; F5 found after qe
        assertThat(m.own("2024Q3", "C3", FINDINGS_DUE)).isEqualTo(2L);
        assertThat(m.own("2024Q3", "C3", FINDINGS_REMEDIED_ON_TIME)).isEqualTo(0L);
        assertThat(m.own("2024Q3", "C3", REMEDIATION_ON_TIME_RATE)).isEqualTo(0.0); // 0 / 2
        assertThat(m.own("2024Q3", "C3", FINDINGS_OPEN_OVERDUE)).isEqualTo(2L);
        assertThat(m.own("2024Q2", "C3", FINDINGS_OPEN_OVERDUE)).isEqualTo(1L);
        // G1 adds C2's F1, remedied two days early, via C1: 1 on time / 3 due
        assertThat(m.subtree("2024Q3", "G1", FINDINGS_DUE)).isEqualTo(3L);
        assertThat((Double) m.subtree("2024Q3", "G1", REMEDIATION_ON_TIME_RATE)).isEqualTo(1.0 / 3);
    }

    @Test
    void aUnitWithNoFindingDueHasNoRateNotZero() {
        // C3 in Q2: F2 is due (2024-05-10) and open; C1 has none due in Q3 of its own but C2's F1 through the merger
        assertThat(m.own("2024Q2", "C3", FINDINGS_DUE)).isEqualTo(1L);
        assertThat(m.own("2024Q2", "C1", FINDINGS_DUE)).isEqualTo(0L);
        assertThat(m.own("2024Q2", "C1", REMEDIATION_ON_TIME_RATE)).isNull();
        assertThat(m.own("2024Q3", "C1", FINDINGS_DUE)).isEqualTo(1L);
        assertThat(m.own("2024Q3", "C1", REMEDIATION_ON_TIME_RATE)).isEqualTo(1.0); // 1 / 1
    }
}

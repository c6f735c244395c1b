package vn.kyluat.analytics.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kyluat.contract.Metric.ESCALATIONS_WITHIN;
import static vn.kyluat.contract.Metric.ESCALATION_AVOIDANCE_RATE;
import static vn.kyluat.contract.Metric.HELD_TASKS;
import static vn.kyluat.contract.Metric.WITHIN_AUTHORITY_HELD;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.kyluat.analytics.ComputedMarts;
import vn.kyluat.analytics.LakeBuilder;

/**
 * {@link AvoidedDecisions}, as docs/metrics.md#avoided-decisions-avoideddecisions defines it: escalations of
 * tasks the unit may decide itself, over such tasks it held. {@link BuckPassingTests}' lake (cells A and B under
 * G) with cell C; quarter 2024Q3.
 */
class AvoidedDecisionsTests {
    private static ComputedMarts m;

    @BeforeAll
    static void computeOnce() {
        // A may decide T_ESC_WITHIN itself, yet escalates it: avoidance; T_ESC_BEYOND is beyond its authority;
        // T_CANCELLED (within authority, handed to B) is cancelled within Q3, so neither it nor B's escalation
        // counts
        LakeBuilder lake = BuckPassingTests.handoffsAndEscalations()
                .escalate("T_CANCELLED", "2024-08-10T10:00", "B")
                .org("C", "G", "party_cell")
                // C escalates the same within-authority task twice: two escalations of one held task
                .task("T_TWICE")
                .lead("C")
                .withinAuthority()
                .add()
                .escalate("T_TWICE", "2024-07-10T10:00", "C")
                .escalate("T_TWICE", "2024-08-10T10:00", "C");
        m = ComputedMarts.of(lake, "2024Q3");
    }

    @Test
    void onlyEscalationsOfWithinAuthorityTasksCountAsAvoidance() {
        // A: 1 escalation within authority / 1 within-authority task held = 1.0; B holds none: null, not 0
        assertThat(m.own("2024Q3", "A", ESCALATIONS_WITHIN)).isEqualTo(1L);
        assertThat(m.own("2024Q3", "A", WITHIN_AUTHORITY_HELD)).isEqualTo(1L);
        assertThat(m.own("2024Q3", "A", ESCALATION_AVOIDANCE_RATE)).isEqualTo(1.0);
        assertThat(m.own("2024Q3", "B", ESCALATION_AVOIDANCE_RATE)).isNull();
    }

    @Test
    void withinAuthorityHeldIsThePartOfHeldTasksTheUnitMayDecideItself() {
        // A holds 5 tasks (the cancelled one is out), one of them within its authority
        assertThat(m.own("2024Q3", "A", HELD_TASKS)).isEqualTo(5L);
        assertThat(m.own("2024Q3", "B", ESCALATIONS_WITHIN)).isEqualTo(0L);
        assertThat(m.own("2024Q3", "B", WITHIN_AUTHORITY_HELD)).isEqualTo(0L);
    }

    @Test
    void theRateCountsEscalationsNotTasksSoItCanExceedOne() {
        // C: 2 escalations / 1 task held = 2.0 (the index caps it at 1); G's subtree: (1 + 2) / (1 + 1) = 1.5
        assertThat(m.own("2024Q3", "C", ESCALATIONS_WITHIN)).isEqualTo(2L);
        assertThat(m.own("2024Q3", "C", ESCALATION_AVOIDANCE_RATE)).isEqualTo(2.0);
        assertThat(m.subtree("2024Q3", "G", ESCALATION_AVOIDANCE_RATE)).isEqualTo(1.5);
    }
}

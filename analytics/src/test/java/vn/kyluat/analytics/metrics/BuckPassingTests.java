package vn.kyluat.analytics.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kyluat.contract.Metric.BOUNCE_RATE;
import static vn.kyluat.contract.Metric.HELD_TASKS;
import static vn.kyluat.contract.Metric.RETURNS_OUT;
import static vn.kyluat.contract.Metric.REVERSED_TRANSFERS;
import static vn.kyluat.contract.Metric.TRANSFERS_OUT;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.kyluat.analytics.ComputedMarts;
import vn.kyluat.analytics.LakeBuilder;

/**
 * {@link BuckPassing}, as docs/metrics.md#buck-passing-buckpassing defines it: given the handoffs below, the
 * expected counts and bounce rate of cells A and B under G, quarters 2024Q3–Q4.
 */
class BuckPassingTests {
    private static ComputedMarts m;

    @BeforeAll
    static void computeOnce() {
        m = ComputedMarts.of(handoffsAndEscalations(), "2024Q3", "2024Q4");
    }

    /** The lake of these tests; {@link DrillDownListsTests} lists its events (escalations included). */
    static LakeBuilder handoffsAndEscalations() {
        return new LakeBuilder()
                .org("ROOT", null, "bloc_committee")
                .org("G", "ROOT", "grassroots_org")
                .org("A", "G", "party_cell")
                .org("B", "G", "party_cell")
                // A → B → A: one transfer out of A that came back, one out of B that did not
                .task("T_BOUNCE")
                .lead("A")
                .add()
                .transfer("T_BOUNCE", "2024-07-10T10:00", "A", "B")
                .transfer("T_BOUNCE", "2024-07-20T10:00", "B", "A")
                // returned to the assigning organisation
                .task("T_RETURN")
                .lead("A")
                .add()
                .giveBack("T_RETURN", "2024-08-01T10:00", "A", "G")
                // handed to B in Q3, back to A only in Q4: not reversed in Q3
                .task("T_BACK_NEXT_Q")
                .lead("A")
                .due("2024-12-31")
                .add()
                .transfer("T_BACK_NEXT_Q", "2024-09-25T10:00", "A", "B")
                .transfer("T_BACK_NEXT_Q", "2024-10-05T10:00", "B", "A")
                .task("T_ESC_WITHIN")
                .lead("A")
                .withinAuthority()
                .add()
                .escalate("T_ESC_WITHIN", "2024-08-05T10:00", "A")
                .task("T_ESC_BEYOND")
                .lead("A")
                .add()
                .escalate("T_ESC_BEYOND", "2024-08-06T10:00", "A")
                // cancelled within Q3: neither the task nor its transfer counts
                .task("T_CANCELLED")
                .lead("A")
                .withinAuthority()
                .cancelled("2024-09-01T10:00")
                .add()
                .transfer("T_CANCELLED", "2024-08-01T10:00", "A", "B");
    }

    @Test
    void aTransferThatCameBackBeforeQeIsReversedForTheUnitItLeft() {
        assertThat(m.own("2024Q3", "A", TRANSFERS_OUT)).isEqualTo(2L);
        assertThat(m.own("2024Q3", "A", REVERSED_TRANSFERS)).isEqualTo(1L);
        assertThat(m.own("2024Q3", "B", TRANSFERS_OUT)).isEqualTo(1L);
        assertThat(m.own("2024Q3", "B", REVERSED_TRANSFERS)).isEqualTo(0L);
    }

    @Test
    void aTransferThatComesBackOnlyAfterQeIsNotReversedInItsQuarter() {
        assertThat(m.own("2024Q4", "A", TRANSFERS_OUT)).isEqualTo(0L);
        assertThat(m.own("2024Q4", "A", REVERSED_TRANSFERS)).isEqualTo(0L);
        assertThat(m.own("2024Q4", "B", TRANSFERS_OUT)).isEqualTo(1L);
    }

    @Test
    void heldTasksCountsEachTaskOnceHoweverOftenItCameBack() {
        // A: bounce, return, back-next-quarter, both escalated ones; the cancelled one is out
        assertThat(m.own("2024Q3", "A", HELD_TASKS)).isEqualTo(5L);
        assertThat(m.own("2024Q3", "B", HELD_TASKS)).isEqualTo(2L);
        assertThat(m.own("2024Q3", "G", HELD_TASKS)).isEqualTo(1L);
        assertThat(m.subtree("2024Q3", "G", HELD_TASKS)).isEqualTo(8L);
    }

    @Test
    void aReturnCountsForTheUnitThatReturnedIt() {
        assertThat(m.own("2024Q3", "A", RETURNS_OUT)).isEqualTo(1L);
        assertThat(m.own("2024Q3", "B", RETURNS_OUT)).isEqualTo(0L);
    }

    @Test
    void bounceRateIsReturnsPlusReversedTransfersOverHeldTasks() {
        assertThat(m.own("2024Q3", "A", BOUNCE_RATE)).isEqualTo(0.4); // (1 + 1) / 5
        assertThat(m.own("2024Q3", "B", BOUNCE_RATE)).isEqualTo(0.0);
        assertThat(m.subtree("2024Q3", "G", BOUNCE_RATE)).isEqualTo(0.25); // (1 + 1) / 8, recomputed from sums
    }
}

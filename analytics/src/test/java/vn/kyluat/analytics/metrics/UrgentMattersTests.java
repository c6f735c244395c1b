package vn.kyluat.analytics.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kyluat.contract.Metric.URGENT_DONE;
import static vn.kyluat.contract.Metric.URGENT_MEDIAN_HOURS;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.kyluat.analytics.ComputedMarts;
import vn.kyluat.analytics.LakeBuilder;

/**
 * {@link UrgentMatters}, as docs/metrics.md#urgent-matters-urgentmatters defines it: urgent tasks held at qe
 * and completed in the quarter, and the median of completed_at − assigned_at in hours. Cells URGENT,
 * URGENT_B and ACROSS_QE under G, quarters 2024Q3–Q4.
 */
class UrgentMattersTests {
    private static ComputedMarts m;

    @BeforeAll
    static void computeOnce() {
        LakeBuilder lake = new LakeBuilder()
                .org("ROOT", null, "bloc_committee")
                .org("G", "ROOT", "grassroots_org")
                .org("URGENT", "G", "party_cell")
                .org("URGENT_B", "G", "party_cell")
                .org("ACROSS_QE", "G", "party_cell")
                // urgent: 10 h and 30 h; a third one handed to URGENT_B before it was completed
                .task("T_URGENT_10")
                .lead("URGENT")
                .urgent()
                .assigned("2024-07-01T09:00")
                .completed("2024-07-01T19:00")
                .add()
                .task("T_URGENT_30")
                .lead("URGENT")
                .urgent()
                .assigned("2024-07-01T09:00")
                .completed("2024-07-02T15:00")
                .add()
                .task("T_URGENT_B")
                .lead("URGENT")
                .urgent()
                .assigned("2024-07-01T09:00")
                .completed("2024-07-01T13:00")
                .add()
                .transfer("T_URGENT_B", "2024-07-01T11:00", "URGENT", "URGENT_B")
                // not urgent: in no urgent figure however fast
                .task("T_ORDINARY")
                .lead("URGENT")
                .assigned("2024-07-01T09:00")
                .completed("2024-07-01T10:00")
                .add()
                // urgent, assigned at 20:00 on Q3's last day and completed at 02:00 local on Q4's first: 6 h, in Q4
                .task("T_ACROSS_QE")
                .lead("ACROSS_QE")
                .urgent()
                .assigned("2024-09-30T20:00")
                .completed("2024-10-01T02:00")
                .add();
        m = ComputedMarts.of(lake, "2024Q3", "2024Q4");
    }

    @Test
    void urgentMedianHoursOverUrgentTasksCompletedInTheQuarterByTheirHolder() {
        // URGENT: 10 h and 30 h, median (10 + 30) / 2 = 20
        assertThat(m.own("2024Q3", "URGENT", URGENT_DONE)).isEqualTo(2L);
        assertThat(m.own("2024Q3", "URGENT", URGENT_MEDIAN_HOURS)).isEqualTo(20.0);
        // the transferred one counts for the unit that held it when completed: 4 hours from assignment
        assertThat(m.own("2024Q3", "URGENT_B", URGENT_DONE)).isEqualTo(1L);
        assertThat(m.own("2024Q3", "URGENT_B", URGENT_MEDIAN_HOURS)).isEqualTo(4.0);
        // subtree of G: 4, 10, 30 h, median 10 (a median of the tasks, not of the cells' medians)
        assertThat(m.subtree("2024Q3", "G", URGENT_MEDIAN_HOURS)).isEqualTo(10.0);
    }

    @Test
    void anUrgentTaskCountsInTheQuarterItWasCompletedInAndNoneGivesNoMedian() {
        assertThat(m.own("2024Q3", "ACROSS_QE", URGENT_DONE)).isEqualTo(0L);
        assertThat(m.own("2024Q3", "ACROSS_QE", URGENT_MEDIAN_HOURS)).isNull();
        assertThat(m.own("2024Q4", "ACROSS_QE", URGENT_DONE)).isEqualTo(1L);
        assertThat(m.own("2024Q4", "ACROSS_QE", URGENT_MEDIAN_HOURS)).isEqualTo(6.0); // 20:00 → 02:00
        assertThat(m.own("2024Q4", "URGENT", URGENT_DONE)).isEqualTo(0L);
    }
}

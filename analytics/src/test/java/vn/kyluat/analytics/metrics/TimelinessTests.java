package vn.kyluat.analytics.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static vn.kyluat.contract.Metric.COMPLETION_RATE;
import static vn.kyluat.contract.Metric.DONE_LATE;
import static vn.kyluat.contract.Metric.DONE_ON_TIME;
import static vn.kyluat.contract.Metric.EXTENDED_SHARE;
import static vn.kyluat.contract.Metric.EXTENDED_TASKS;
import static vn.kyluat.contract.Metric.LATE_DELAY_MEDIAN_DAYS;
import static vn.kyluat.contract.Metric.LATE_DELAY_P90_DAYS;
import static vn.kyluat.contract.Metric.MULTI_EXTENDED_TASKS;
import static vn.kyluat.contract.Metric.ON_TIME_RATE;
import static vn.kyluat.contract.Metric.OVERDUE_OPEN;
import static vn.kyluat.contract.Metric.STRICT_ON_TIME_RATE;
import static vn.kyluat.contract.Metric.TASKS_DUE;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.kyluat.analytics.ComputedMarts;
import vn.kyluat.analytics.LakeBuilder;

/**
 * {@link Timeliness}, as docs/metrics.md#timeliness-timeliness defines it: given the tasks below, the
 * expected figures of each party cell. One lake for the class (a pipeline run costs seconds): each edge
 * case lives in its own party cell under G, named after the case.
 */
class TimelinessTests {
    private static ComputedMarts m;

    @BeforeAll
    static void computeOnce() {
        LakeBuilder lake = new LakeBuilder().org("ROOT", null, "bloc_committee").org("G", "ROOT", "grassroots_org");
        for (String cell : new String[] {
            "LAST_DAY",
            "NEXT_DAY",
            "LATE_EXT",
            "STRICT",
            "EARLY",
            "CANCELLED",
            "CANCEL_LATER",
            "DELAYS",
            "DELAYS_SHARED",
            "MIDNIGHT_A",
            "MIDNIGHT_B"
        }) {
            lake.org(cell, "G", "party_cell");
        }
        lake
                // 23:30 +07:00 on 2024-09-30 is 16:30 UTC, 12:30 in New York: the same day everywhere, but only +07:00
                // counts
                .task("T_LAST_DAY")
                .lead("LAST_DAY")
                .due("2024-09-30")
                .completed("2024-09-30T23:30")
                .add()
                // 06:00 +07:00 on 2024-10-01 is still 2024-09-30 in UTC and in New York: here it is after Q3's end
                .task("T_NEXT_DAY")
                .lead("NEXT_DAY")
                .due("2024-09-30")
                .completed("2024-10-01T06:00")
                .add()
                // due 2024-09-15, extended on 2024-10-02 (after Q3 ended) to 2024-10-20, done 2024-10-10
                .task("T_LATE_EXT")
                .lead("LATE_EXT")
                .due("2024-09-15")
                .completed("2024-10-10T10:00")
                .add()
                .extend("T_LATE_EXT", "2024-10-02T08:00", "2024-10-20")
                // extended twice within Q3 and done within the last due date; a second task done before its due date
                .task("T_STRICT_1")
                .lead("STRICT")
                .due("2024-08-01")
                .completed("2024-08-20T10:00")
                .add()
                .extend("T_STRICT_1", "2024-07-20T08:00", "2024-08-15")
                .extend("T_STRICT_1", "2024-08-10T08:00", "2024-08-31")
                .task("T_STRICT_2")
                .lead("STRICT")
                .due("2024-08-01")
                .completed("2024-07-30T10:00")
                .add()
                // completed in Q3, due in Q4
                .task("T_EARLY")
                .lead("EARLY")
                .due("2024-11-15")
                .completed("2024-09-10T10:00")
                .add()
                .task("T_CANCELLED")
                .lead("CANCELLED")
                .due("2024-08-15")
                .cancelled("2024-09-01T10:00")
                .add()
                .task("T_CANCEL_LATER")
                .lead("CANCEL_LATER")
                .due("2024-08-15")
                .cancelled("2024-10-03T10:00")
                .add()
                // 2 and 12 days late
                .task("T_DELAY_2")
                .lead("DELAYS")
                .due("2024-08-01")
                .completed("2024-08-03T10:00")
                .add()
                .task("T_DELAY_12")
                .lead("DELAYS")
                .due("2024-08-01")
                .completed("2024-08-13T10:00")
                .add()
                // 2, 2 and 12 days late: two tasks share a value
                .task("T_SHARED_2A")
                .lead("DELAYS_SHARED")
                .due("2024-08-01")
                .completed("2024-08-03T10:00")
                .add()
                .task("T_SHARED_2B")
                .lead("DELAYS_SHARED")
                .due("2024-08-01")
                .completed("2024-08-03T16:00")
                .add()
                .task("T_SHARED_12")
                .lead("DELAYS_SHARED")
                .due("2024-08-01")
                .completed("2024-08-13T10:00")
                .add()
                // handed on and extended exactly at Q3's qe (2024-10-01 00:00 +07:00): both belong to Q4
                .task("T_MIDNIGHT")
                .lead("MIDNIGHT_A")
                .due("2024-09-20")
                .add()
                .transfer("T_MIDNIGHT", "2024-10-01T00:00", "MIDNIGHT_A", "MIDNIGHT_B")
                .extend("T_MIDNIGHT", "2024-10-01T00:00", "2024-10-31");
        m = ComputedMarts.of(lake, "2024Q3", "2024Q4");
    }

    @Test
    void completionAt2330LocalOnTheQuartersLastDayIsOnTimeInThatQuarter() {
        assertThat(m.own("2024Q3", "LAST_DAY", TASKS_DUE)).isEqualTo(1L);
        assertThat(m.own("2024Q3", "LAST_DAY", DONE_ON_TIME)).isEqualTo(1L);
        assertThat(m.own("2024Q3", "LAST_DAY", ON_TIME_RATE)).isEqualTo(1.0);
    }

    @Test
    void completionAt0600LocalOnTheNextQuartersFirstDayIsNotBeforeQe() {
        assertThat(m.own("2024Q3", "NEXT_DAY", TASKS_DUE)).isEqualTo(1L);
        assertThat(m.own("2024Q3", "NEXT_DAY", OVERDUE_OPEN)).isEqualTo(1L);
        assertThat(m.own("2024Q3", "NEXT_DAY", COMPLETION_RATE)).isEqualTo(0.0); // (0 + 0) / 1
        // completed in Q4, one day after its due date
        assertThat(m.own("2024Q4", "NEXT_DAY", TASKS_DUE)).isEqualTo(0L);
        assertThat(m.own("2024Q4", "NEXT_DAY", LATE_DELAY_MEDIAN_DAYS)).isEqualTo(1.0);
    }

    @Test
    void anExtensionGrantedAfterTheQuarterEndedDoesNotChangeThatQuarter() {
        assertThat(m.own("2024Q3", "LATE_EXT", TASKS_DUE)).isEqualTo(1L);
        assertThat(m.own("2024Q3", "LATE_EXT", OVERDUE_OPEN)).isEqualTo(1L);
        assertThat(m.own("2024Q3", "LATE_EXT", EXTENDED_TASKS)).isEqualTo(0L);
        // as of Q4's end the effective due date is 2024-10-20: due in Q4, done on time, not against the original date
        assertThat(m.own("2024Q4", "LATE_EXT", TASKS_DUE)).isEqualTo(1L);
        assertThat(m.own("2024Q4", "LATE_EXT", DONE_ON_TIME)).isEqualTo(1L);
        assertThat(m.own("2024Q4", "LATE_EXT", EXTENDED_TASKS)).isEqualTo(1L);
        assertThat(m.own("2024Q4", "LATE_EXT", STRICT_ON_TIME_RATE)).isEqualTo(0.0);
    }

    @Test
    void strictRateHoldsTasksToTheOriginalDueDateAndExtensionsAreCounted() {
        assertThat(m.own("2024Q3", "STRICT", TASKS_DUE)).isEqualTo(2L);
        assertThat(m.own("2024Q3", "STRICT", DONE_ON_TIME)).isEqualTo(2L);
        // T_STRICT_1 done 08-20, after its original due date 08-01: strict 1 / 2 tasks due
        assertThat(m.own("2024Q3", "STRICT", STRICT_ON_TIME_RATE)).isEqualTo(0.5);
        assertThat(m.own("2024Q3", "STRICT", EXTENDED_TASKS)).isEqualTo(1L);
        assertThat(m.own("2024Q3", "STRICT", MULTI_EXTENDED_TASKS)).isEqualTo(1L);
        assertThat(m.own("2024Q3", "STRICT", EXTENDED_SHARE)).isEqualTo(0.5); // 1 extended / 2 due
    }

    @Test
    void aTaskCompletedEarlyCountsInTheQuarterItWasDueIn() {
        assertThat(m.own("2024Q3", "EARLY", TASKS_DUE)).isEqualTo(0L);
        assertThat(m.own("2024Q4", "EARLY", TASKS_DUE)).isEqualTo(1L);
        assertThat(m.own("2024Q4", "EARLY", DONE_ON_TIME)).isEqualTo(1L);
    }

    @Test
    void aTaskCancelledBeforeQeIsInNoPopulationAndTheEmptyDenominatorGivesNull() {
        assertThat(m.own("2024Q3", "CANCELLED", TASKS_DUE)).isEqualTo(0L);
        assertThat(m.own("2024Q3", "CANCELLED", OVERDUE_OPEN)).isEqualTo(0L);
        assertThat(m.own("2024Q3", "CANCELLED", ON_TIME_RATE)).isNull();
        assertThat(m.own("2024Q3", "CANCELLED", COMPLETION_RATE)).isNull();
        assertThat(m.own("2024Q3", "CANCELLED", LATE_DELAY_MEDIAN_DAYS)).isNull();
    }

    @Test
    void aTaskCancelledAfterTheQuarterStillCountsInIt() {
        assertThat(m.own("2024Q3", "CANCEL_LATER", OVERDUE_OPEN)).isEqualTo(1L);
        assertThat(m.own("2024Q4", "CANCEL_LATER", TASKS_DUE)).isEqualTo(0L);
    }

    @Test
    void lateDelayPercentilesInterpolateLinearlyBetweenClosestRanks() {
        // delays 2 and 12 days: median 7, p90 = 2 + 0.9 × (12 − 2) = 11
        assertThat(m.own("2024Q3", "DELAYS", DONE_LATE)).isEqualTo(2L);
        assertThat(m.own("2024Q3", "DELAYS", LATE_DELAY_MEDIAN_DAYS)).isEqualTo(7.0);
        assertThat(m.own("2024Q3", "DELAYS", LATE_DELAY_P90_DAYS)).isEqualTo(11.0);
    }

    @Test
    void aDelaySharedByTwoTasksCountsTwiceInThePercentiles() {
        // delays 2, 2 and 12 days: median 2; p90 at rank 0.9 × 2 = 1.8, 2 + 0.8 × (12 − 2) = 10 (Spark's
        // interpolation in doubles leaves 10.000000000000002)
        assertThat(m.own("2024Q3", "DELAYS_SHARED", DONE_LATE)).isEqualTo(3L);
        assertThat(m.own("2024Q3", "DELAYS_SHARED", LATE_DELAY_MEDIAN_DAYS)).isEqualTo(2.0);
        assertThat((Double) m.own("2024Q3", "DELAYS_SHARED", LATE_DELAY_P90_DAYS))
                .isCloseTo(10.0, within(1e-12));
    }

    @Test
    void eventsExactlyAtQeMidnightCountInTheNextQuarter() {
        assertThat(m.own("2024Q3", "MIDNIGHT_A", OVERDUE_OPEN)).isEqualTo(1L);
        assertThat(m.own("2024Q3", "MIDNIGHT_A", EXTENDED_TASKS)).isEqualTo(0L);
        assertThat(m.own("2024Q3", "MIDNIGHT_B", TASKS_DUE)).isEqualTo(0L);
        assertThat(m.own("2024Q4", "MIDNIGHT_B", OVERDUE_OPEN)).isEqualTo(1L);
        assertThat(m.own("2024Q4", "MIDNIGHT_B", EXTENDED_TASKS)).isEqualTo(1L);
    }
}

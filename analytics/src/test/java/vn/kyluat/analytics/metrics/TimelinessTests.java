package vn.kyluat.analytics.metrics;

import static org.assertj.core.api.Assertions.assertThat;
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

import org.junit.jupiter.api.Test;
import vn.kyluat.analytics.ComputedMarts;
import vn.kyluat.analytics.LakeBuilder;

class TimelinessTests {

  @Test
  void completionAt2330LocalOnTheLastDayIsOnTimeInThatQuarter() {
    // 2024-09-30 23:30 +07:00 is 16:30 UTC and 12:30 in New York: all the same day, but only +07:00 counts.
    ComputedMarts m = ComputedMarts.of(new LakeBuilder().standardTree()
        .task("T1").lead("C1").due("2024-09-30").completed("2024-09-30T23:30").add(), "2024Q3");

    assertThat(m.own("2024Q3", "C1", TASKS_DUE)).isEqualTo(1L);
    assertThat(m.own("2024Q3", "C1", DONE_ON_TIME)).isEqualTo(1L);
    assertThat(m.own("2024Q3", "C1", ON_TIME_RATE)).isEqualTo(1.0);
  }

  @Test
  void completionAt0600LocalOnTheNextQuartersFirstDayBelongsToTheNextQuarter() {
    // 2024-10-01 06:00 +07:00 is still 2024-09-30 in UTC (and in New York): here it is after qe.
    ComputedMarts m = ComputedMarts.of(new LakeBuilder().standardTree()
        .task("T1").lead("C1").due("2024-09-30").completed("2024-10-01T06:00").add(), "2024Q3", "2024Q4");

    assertThat(m.own("2024Q3", "C1", TASKS_DUE)).isEqualTo(1L);
    assertThat(m.own("2024Q3", "C1", DONE_ON_TIME)).isEqualTo(0L);
    assertThat(m.own("2024Q3", "C1", OVERDUE_OPEN)).isEqualTo(1L);
    assertThat(m.own("2024Q3", "C1", COMPLETION_RATE)).isEqualTo(0.0);
    assertThat(m.own("2024Q4", "C1", TASKS_DUE)).isEqualTo(0L);
    assertThat(m.own("2024Q4", "C1", LATE_DELAY_MEDIAN_DAYS)).isEqualTo(1.0);
  }

  @Test
  void anExtensionGrantedAfterTheQuarterEndedDoesNotChangeThatQuarter() {
    ComputedMarts m = ComputedMarts.of(new LakeBuilder().standardTree()
        .task("T1").lead("C1").due("2024-09-15").completed("2024-10-10T10:00").add()
        .extend("T1", "2024-10-02T08:00", "2024-10-20"), "2024Q3", "2024Q4");

    assertThat(m.own("2024Q3", "C1", TASKS_DUE)).isEqualTo(1L);
    assertThat(m.own("2024Q3", "C1", OVERDUE_OPEN)).isEqualTo(1L);
    assertThat(m.own("2024Q3", "C1", EXTENDED_TASKS)).isEqualTo(0L);
    // as of 2024Q4's end the effective due date is 2024-10-20: due in Q4 and done on time
    assertThat(m.own("2024Q4", "C1", TASKS_DUE)).isEqualTo(1L);
    assertThat(m.own("2024Q4", "C1", DONE_ON_TIME)).isEqualTo(1L);
    assertThat(m.own("2024Q4", "C1", EXTENDED_TASKS)).isEqualTo(1L);
    assertThat(m.own("2024Q4", "C1", STRICT_ON_TIME_RATE)).isEqualTo(0.0);
  }

  @Test
  void strictRateHoldsTasksToTheOriginalDueDateAndExtensionsAreCounted() {
    ComputedMarts m = ComputedMarts.of(new LakeBuilder().standardTree()
        .task("T1").lead("C1").due("2024-08-01").completed("2024-08-20T10:00").add()
        .extend("T1", "2024-07-20T08:00", "2024-08-15")
        .extend("T1", "2024-08-10T08:00", "2024-08-31")
        .task("T2").lead("C1").due("2024-08-01").completed("2024-07-30T10:00").add(), "2024Q3");

    assertThat(m.own("2024Q3", "C1", TASKS_DUE)).isEqualTo(2L);
    assertThat(m.own("2024Q3", "C1", DONE_ON_TIME)).isEqualTo(2L);
    assertThat(m.own("2024Q3", "C1", STRICT_ON_TIME_RATE)).isEqualTo(0.5);
    assertThat(m.own("2024Q3", "C1", EXTENDED_TASKS)).isEqualTo(1L);
    assertThat(m.own("2024Q3", "C1", MULTI_EXTENDED_TASKS)).isEqualTo(1L);
    assertThat(m.own("2024Q3", "C1", EXTENDED_SHARE)).isEqualTo(0.5);
  }

  @Test
  void aTaskCompletedEarlyCountsInTheQuarterItWasDueIn() {
    ComputedMarts m = ComputedMarts.of(new LakeBuilder().standardTree()
        .task("T1").lead("C1").due("2024-11-15").completed("2024-09-10T10:00").add(), "2024Q3", "2024Q4");

    assertThat(m.own("2024Q3", "C1", TASKS_DUE)).isEqualTo(0L);
    assertThat(m.own("2024Q4", "C1", TASKS_DUE)).isEqualTo(1L);
    assertThat(m.own("2024Q4", "C1", DONE_ON_TIME)).isEqualTo(1L);
  }

  @Test
  void aCancelledTaskIsInNoPopulationAndAnEmptyDenominatorGivesNull() {
    ComputedMarts m = ComputedMarts.of(new LakeBuilder().standardTree()
        .task("T1").lead("C1").due("2024-08-15").cancelled("2024-09-01T10:00").add(), "2024Q3");

    assertThat(m.own("2024Q3", "C1", TASKS_DUE)).isEqualTo(0L);
    assertThat(m.own("2024Q3", "C1", ON_TIME_RATE)).isNull();
    assertThat(m.own("2024Q3", "C1", COMPLETION_RATE)).isNull();
    assertThat(m.own("2024Q3", "C1", LATE_DELAY_MEDIAN_DAYS)).isNull();
  }

  @Test
  void aTaskCancelledAfterTheQuarterStillCountsInIt() {
    ComputedMarts m = ComputedMarts.of(new LakeBuilder().standardTree()
        .task("T1").lead("C1").due("2024-08-15").cancelled("2024-10-03T10:00").add(), "2024Q3", "2024Q4");

    assertThat(m.own("2024Q3", "C1", OVERDUE_OPEN)).isEqualTo(1L);
    assertThat(m.own("2024Q4", "C1", TASKS_DUE)).isEqualTo(0L);
  }

  @Test
  void lateDelayPercentilesInterpolateLinearly() {
    // delays 2 and 12 days: median 7, p90 = 2 + 0.9 × (12 − 2) = 11
    ComputedMarts m = ComputedMarts.of(new LakeBuilder().standardTree()
        .task("T1").lead("C1").due("2024-08-01").completed("2024-08-03T10:00").add()
        .task("T2").lead("C1").due("2024-08-01").completed("2024-08-13T10:00").add(), "2024Q3");

    assertThat(m.own("2024Q3", "C1", DONE_LATE)).isEqualTo(2L);
    assertThat(m.own("2024Q3", "C1", LATE_DELAY_MEDIAN_DAYS)).isEqualTo(7.0);
    assertThat(m.own("2024Q3", "C1", LATE_DELAY_P90_DAYS)).isEqualTo(11.0);
  }
}

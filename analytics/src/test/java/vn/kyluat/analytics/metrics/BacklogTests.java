package vn.kyluat.analytics.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.kyluat.contract.Metric.BACKLOG_1_30;
import static vn.kyluat.contract.Metric.BACKLOG_31_90;
import static vn.kyluat.contract.Metric.BACKLOG_91_180;
import static vn.kyluat.contract.Metric.BACKLOG_OVERDUE;
import static vn.kyluat.contract.Metric.BACKLOG_OVER_180;
import static vn.kyluat.contract.Metric.OVERDUE_OPEN;
import static vn.kyluat.contract.Metric.TASKS_DUE;
import static vn.kyluat.contract.Metric.WATCH;
import static vn.kyluat.contract.Metric.WATCH_REASONS;

import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.kyluat.analytics.ComputedMarts;
import vn.kyluat.analytics.LakeBuilder;

/**
 * {@link Backlog}, as docs/metrics.md#backlog-work-dragging-on-backlog defines it: the backlog by age
 * (days_overdue = qe − eff_due) and the at-risk list, as of 2024Q3's end (qe = 2024-10-01).
 */
class BacklogTests {
    private static final LocalDate QE = LocalDate.parse("2024-10-01");
    private static ComputedMarts m;

    @BeforeAll
    static void computeOnce() {
        LakeBuilder lake = new LakeBuilder()
                .standardTree()
                .org("BACKLOG", "G", "party_cell")
                .org("SOON", "G", "party_cell")
                .org("SOON_B", "G", "party_cell");
        for (int daysOverdue : new int[] {1, 30, 31, 90, 91, 180, 181}) {
            lake.task("T_OVERDUE_" + daysOverdue)
                    .lead("BACKLOG")
                    .assigned("2024-03-01T09:00")
                    .due(QE.minusDays(daysOverdue).toString())
                    .add();
        }
        lake
                // overdue at qe, completed only after it: still backlog as of qe
                .task("T_DONE_AFTER_QE")
                .lead("BACKLOG")
                .due("2024-09-20")
                .completed("2024-10-05T10:00")
                .add()
                .task("T_DUE_ON_QE")
                .lead("SOON")
                .due("2024-10-01")
                .add()
                .task("T_DUE_IN_13")
                .lead("SOON")
                .due("2024-10-14")
                .add()
                .task("T_DUE_IN_14")
                .lead("SOON")
                .due("2024-10-15")
                .add()
                .task("T_DONE_BEFORE")
                .lead("SOON")
                .due("2024-10-05")
                .completed("2024-09-20T10:00")
                .add()
                .task("T_HANDED_ON")
                .lead("SOON")
                .due("2024-10-03")
                .add()
                .transfer("T_HANDED_ON", "2024-09-25T10:00", "SOON", "SOON_B");
        m = ComputedMarts.of(lake, "2024Q3");
    }

    @Test
    void backlogBucketsSplitAtTheirBoundaries() {
        assertThat(m.own("2024Q3", "BACKLOG", BACKLOG_OVERDUE)).isEqualTo(8L);
        assertThat(m.own("2024Q3", "BACKLOG", BACKLOG_1_30)).isEqualTo(3L); // 1, 30 and the one 11 days overdue
        assertThat(m.own("2024Q3", "BACKLOG", BACKLOG_31_90)).isEqualTo(2L); // 31, 90
        assertThat(m.own("2024Q3", "BACKLOG", BACKLOG_91_180)).isEqualTo(2L); // 91, 180
        assertThat(m.own("2024Q3", "BACKLOG", BACKLOG_OVER_180)).isEqualTo(1L); // 181
    }

    @Test
    void aTaskDueOnTheQuartersLastDayIsOneDayOverdue() {
        Row fact =
                m.marts().taskQuarterFacts().filter("task_code = 'T_OVERDUE_1'").first();
        assertThat(fact.<LocalDate>getAs("eff_due_date")).isEqualTo(LocalDate.parse("2024-09-30"));
        assertThat(fact.<String>getAs("outcome")).isEqualTo("overdue_open");
        assertThat(fact.<Integer>getAs("days_overdue")).isEqualTo(1);
    }

    @Test
    void overdueOpenCountsOnlyTasksDueInTheQuarterWhileTheBacklogCountsEveryOverdueOne() {
        // due in Q3: overdue by 1, 30, 31, 90, 91 days (2024-07-02 .. 2024-09-30) and the one completed after qe
        assertThat(m.own("2024Q3", "BACKLOG", TASKS_DUE)).isEqualTo(6L);
        assertThat(m.own("2024Q3", "BACKLOG", OVERDUE_OPEN)).isEqualTo(6L);
        Row older = m.marts()
                .taskQuarterFacts()
                .filter("task_code = 'T_OVERDUE_181'")
                .first();
        assertThat(older.<String>getAs("outcome")).isEqualTo("backlog");
    }

    /**
     * Version 1 put any unit with one task over 180 days on the watch list; version 2 asks for an aged share
     * above 0.30: BACKLOG's (2 + 1) / (6 due + 8 overdue) = 0.21. Nor is it late twice (one quarter computed)
     * or below its peers (the only cell with tasks due: p = 0/6, its own rate).
     */
    @Test
    void oneTaskOverHundredEightyDaysNoLongerPutsTheUnitOnTheWatchList() {
        assertThat(m.subtree("2024Q3", "BACKLOG", WATCH)).isEqualTo(false);
        assertThat(m.subtree("2024Q3", "BACKLOG", WATCH_REASONS)).isEqualTo("");
        assertThat(m.own("2024Q3", "BACKLOG", WATCH)).isNull();
        assertThat(m.own("2024Q3", "BACKLOG", WATCH_REASONS)).isNull();
    }

    @Test
    void atRiskAreOpenTasksDueWithinFourteenDaysOfQeListedUnderTheirHolderAtQe() {
        List<Row> atRisk =
                ComputedMarts.collect(m.marts().atRiskTasks().filter("holder_org_code like 'SOON%'"), "task_code");

        assertThat(atRisk)
                .extracting(
                        r -> r.getAs("task_code"),
                        r -> r.getAs("holder_org_code"),
                        r -> r.getAs("holder_org_name"),
                        r -> r.getAs("days_left"),
                        r -> r.getAs("as_of"),
                        r -> r.getAs("quarter"))
                .containsExactly(
                        tuple("T_DUE_IN_13", "SOON", "Tổ chức SOON", 13, QE, "2024Q3"),
                        tuple("T_DUE_ON_QE", "SOON", "Tổ chức SOON", 0, QE, "2024Q3"),
                        tuple("T_HANDED_ON", "SOON_B", "Tổ chức SOON_B", 2, QE, "2024Q3"));
    }
}

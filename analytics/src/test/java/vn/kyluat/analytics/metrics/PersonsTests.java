package vn.kyluat.analytics.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.kyluat.analytics.ComputedMarts;
import vn.kyluat.analytics.LakeBuilder;
import vn.kyluat.contract.Mart;
import vn.kyluat.contract.Metric;

/**
 * {@link Persons}, as docs/metrics.md#individual-responsibility-version-2 defines it: person_quarter_metrics
 * and head_person_code, as of 2024Q3's end (qe =
 * 2024-10-01 00:00 local) and 2024Q4's (qe = 2025-01-01). Tree: ROOT → G → C1, C2, and OLD (a cell
 * dissolved on 2024-08-31 into C2). Every open task below is still open at both quarter ends.
 */
class PersonsTests {
    private static ComputedMarts m;

    @BeforeAll
    static void computeOnce() {
        LakeBuilder lake = new LakeBuilder()
                .standardTree()
                .org("OLD", "G", "party_cell", "2020-01-01", "2024-08-31", "C2")
                // two heads of C1 valid on 2024-09-30; C2's head leaves on 2024-09-30 (valid that day, not in Q4)
                .staff("H1", "C1", "head", "2020-01-01", null)
                .staff("H2", "C1", "head", "2024-09-01", null)
                .staff("H3", "C2", "head", "2020-01-01", "2024-09-30")
                .staff("P_TRANSFER", "C1", "member", "2020-01-01", null)
                // moved from C1 to C2 part-way through Q3, a deputy there
                .staff("MOVER", "C1", "member", "2020-01-01", "2024-08-15")
                .staff("MOVER", "C2", "deputy", "2024-08-16", null)
                // the registry still lists DIS in the dissolved OLD
                .staff("DIS", "OLD", "member", "2020-01-01", null)
                .staff("DISC", "C2", "member", "2020-01-01", null)
                .staff("CAN", "C1", "member", "2020-01-01", null)
                .staff("EARLY", "C2", "member", "2020-01-01", null)
                // P_TRANSFER's tasks, led by C1 and transferred to C2: still P_TRANSFER's
                .task("T1")
                .lead("C1")
                .assignee("P_TRANSFER")
                .due("2024-09-15")
                .add()
                .transfer("T1", "2024-08-01T10:00", "C1", "C2")
                .task("T2")
                .lead("C1")
                .assignee("P_TRANSFER")
                .due("2024-09-15")
                .completed("2024-09-10T10:00")
                .add()
                .transfer("T2", "2024-08-01T10:00", "C1", "C2")
                .task("T10")
                .lead("C1")
                .assignee("P_TRANSFER")
                .assigned("2024-01-10T09:00")
                .due("2024-03-01")
                .add()
                .task("T3")
                .lead("C1")
                .assignee("MOVER")
                .due("2024-08-10")
                .completed("2024-08-20T10:00")
                .add()
                .task("T4")
                .lead("C1")
                .assignee("H1")
                .due("2024-09-20")
                .completed("2024-09-25T10:00")
                .add()
                .task("T5")
                .lead("OLD")
                .assignee("DIS")
                .due("2024-09-05")
                .add()
                .discipline("D1", "DISC", "C2", "2024-08-05")
                .discipline("D0", "DISC", "C2", "2024-06-30")
                // cancelled before qe: left out; cancelled after qe: counted as of Q3's end, gone in Q4
                .task("T6")
                .lead("C1")
                .assignee("CAN")
                .due("2024-09-10")
                .cancelled("2024-09-20T10:00")
                .add()
                .task("T7")
                .lead("C1")
                .assignee("CAN")
                .due("2024-09-10")
                .cancelled("2024-10-05T10:00")
                .add()
                // completed at 05:00 local on Q4's first day (22:00 UTC on 2024-09-30): not completed before Q3's qe
                .task("T8")
                .lead("C2")
                .assignee("EARLY")
                .due("2024-09-30")
                .completed("2024-10-01T05:00")
                .add()
                .task("T_NOBODY")
                .lead("C2")
                .due("2024-09-30")
                .add();
        m = ComputedMarts.of(lake, "2024Q3", "2024Q4");
    }

    private static List<Row> persons(String quarter) {
        return ComputedMarts.collect(
                m.marts().personQuarterMetrics().filter("quarter = '" + quarter + "'"), "person_code");
    }

    @Test
    void eachPersonWithATaskDueAnOpenOverdueTaskOrADisciplineActionHasARowInQ3() {
        // (person, org_code, role, tasks_due, done_on_time, done_late, overdue_open, on_time_rate,
        //  backlog_overdue, backlog_over_180, discipline_actions)
        assertThat(persons("2024Q3"))
                .extracting(
                        r -> r.getAs("person_code"),
                        r -> r.getAs("org_code"),
                        r -> r.getAs("role"),
                        r -> r.getAs("tasks_due"),
                        r -> r.getAs("done_on_time"),
                        r -> r.getAs("done_late"),
                        r -> r.getAs("overdue_open"),
                        r -> r.getAs("on_time_rate"),
                        r -> r.getAs("backlog_overdue"),
                        r -> r.getAs("backlog_over_180"),
                        r -> r.getAs("discipline_actions"))
                .containsExactly(
                        // T7 due 09-10, cancelled only after qe: overdue 2024-10-01 − 09-10 = 21 days; T6 cancelled
                        // before qe
                        tuple("CAN", "C1", "member", 1L, 0L, 0L, 1L, 0.0, 1L, 0L, 0L),
                        // T5 held by OLD, now C2; DIS's row in OLD stands for C2 on 2024-09-30
                        tuple("DIS", "C2", "member", 1L, 0L, 0L, 1L, 0.0, 1L, 0L, 0L),
                        // only D1 (2024-08-05) is in Q3; D0 (2024-06-30) is Q2's; no task: on_time_rate null
                        tuple("DISC", "C2", "member", 0L, 0L, 0L, 0L, null, 0L, 0L, 1L),
                        // T8 completed 2024-10-01 05:00 local is after qe: overdue open, 1 day overdue
                        tuple("EARLY", "C2", "member", 1L, 0L, 0L, 1L, 0.0, 1L, 0L, 0L),
                        // the head's own task T4: due 09-20, done 09-25; H2 has no task, hence no row
                        tuple("H1", "C1", "head", 1L, 0L, 1L, 0L, 0.0, 0L, 0L, 0L),
                        // T3 done 08-20 > due 08-10: late; the staff row valid on 2024-09-30 is the later one, in C2
                        tuple("MOVER", "C2", "deputy", 1L, 0L, 1L, 0L, 0.0, 0L, 0L, 0L),
                        // T1 open (16 days overdue), T2 on time, both held by C2; T10 due 2024-03-01: 214 days overdue
                        tuple("P_TRANSFER", "C1", "member", 2L, 1L, 0L, 1L, 0.5, 2L, 1L, 0L));
    }

    @Test
    void inQ4OnlyPersonsWithOpenOverdueTasksRemain() {
        // T1 (2025-01-01 − 2024-09-15 = 108 days), T10 (306 days) and T5 (118 days) are still open; T7 was
        // cancelled in Q4, T8 completed in Q4 but due in Q3, D1 decided in Q3.
        assertThat(persons("2024Q4"))
                .extracting(
                        r -> r.getAs("person_code"),
                        r -> r.getAs("tasks_due"),
                        r -> r.getAs("overdue_open"),
                        r -> r.getAs("on_time_rate"),
                        r -> r.getAs("backlog_overdue"),
                        r -> r.getAs("backlog_over_180"))
                .containsExactly(tuple("DIS", 0L, 0L, null, 1L, 0L), tuple("P_TRANSFER", 0L, 0L, null, 2L, 1L));
    }

    @Test
    void theHoldersFiguresCountTheTransferredTasksNotTheAssigneesUnit() {
        // C1 holds T3, T4, T7 due in Q3 (T1, T2 moved to C2; T6 cancelled); C2 holds T1, T2, T5, T8, T_NOBODY
        assertThat(m.own("2024Q3", "C1", Metric.TASKS_DUE)).isEqualTo(3L);
        assertThat(m.own("2024Q3", "C2", Metric.TASKS_DUE)).isEqualTo(5L);
    }

    @Test
    void theHeadIsTheSmallestCodeOfTheHeadsValidOnTheLastDayOnBothScopes() {
        assertThat(m.row("2024Q3", "C1", Mart.SCOPE_OWN).<String>getAs("head_person_code"))
                .isEqualTo("H1");
        assertThat(m.row("2024Q3", "C1", Mart.SCOPE_SUBTREE).<String>getAs("head_person_code"))
                .isEqualTo("H1");
        assertThat(m.row("2024Q3", "C2", Mart.SCOPE_OWN).<String>getAs("head_person_code"))
                .isEqualTo("H3");
        assertThat(m.row("2024Q4", "C2", Mart.SCOPE_OWN).<String>getAs("head_person_code"))
                .isNull();
        assertThat(m.row("2024Q3", "G", Mart.SCOPE_SUBTREE).<String>getAs("head_person_code"))
                .isNull();
    }

    @Test
    void theMartCarriesPersonCodesAndNeverNames() {
        assertThat(m.marts().personQuarterMetrics().columns())
                .containsExactlyElementsOf(Mart.PERSON_QUARTER_METRICS.columns())
                .doesNotContain("full_name");
    }
}

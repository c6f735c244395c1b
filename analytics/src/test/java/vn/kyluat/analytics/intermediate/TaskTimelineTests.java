package vn.kyluat.analytics.intermediate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.kyluat.analytics.intermediate.TaskTimeline.BACKLOG;
import static vn.kyluat.analytics.intermediate.TaskTimeline.LATE;
import static vn.kyluat.analytics.intermediate.TaskTimeline.NOT_DUE;
import static vn.kyluat.analytics.intermediate.TaskTimeline.ON_TIME;
import static vn.kyluat.analytics.intermediate.TaskTimeline.OVERDUE_OPEN;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.kyluat.analytics.intermediate.TaskTimeline.Event;
import vn.kyluat.analytics.intermediate.TaskTimeline.Handoff;
import vn.kyluat.analytics.intermediate.TaskTimeline.QuarterState;
import vn.kyluat.analytics.intermediate.TaskTimeline.Task;
import vn.kyluat.analytics.staging.LocalTimes;

/** One task's quarter-end states, worked out by hand; all times are local (+07:00) wall-clock times. */
class TaskTimelineTests {
    private static final int Q3 = 2024 * 4 + 2;
    private static final int Q4 = Q3 + 1;
    private static final QuarterRange Q3_TO_Q4 = new QuarterRange(Q3, Q4);

    private final List<Event<String>> events = new ArrayList<>();

    @Test
    void aTaskBouncedAtoBtoAIsHeldByBothAndOnlyTheTransferOutOfAComesBack() {
        transfer("2024-07-10T10:00", "A", "B");
        transfer("2024-07-20T10:00", "B", "A");
        List<QuarterState<String>> states = quarters(task("A", "2024-07-01T09:00", "2024-09-30", null));

        QuarterState<String> q3 = states.get(0);
        assertThat(q3.holder()).isEqualTo("A");
        assertThat(q3.heldOrgs()).containsExactly("A", "B");
        // the transfer out of A came back by the second one; the one out of B never did
        assertThat(q3.handoffs())
                .containsExactly(new Handoff<>(events.get(0), events.get(1)), new Handoff<>(events.get(1), null));
        assertThat(q3.outcome()).isEqualTo(OVERDUE_OPEN);

        QuarterState<String> q4 = states.get(1);
        assertThat(q4.heldOrgs()).containsExactly("A");
        assertThat(q4.handoffs()).isEmpty();
        assertThat(q4.outcome()).isEqualTo(BACKLOG);
        assertThat(q4.daysOverdue()).isEqualTo(93); // 2024-09-30 → 2025-01-01
    }

    @Test
    void anExtensionGrantedAfterTheQuarterEndedLeavesThatQuarterAlone() {
        extend("2024-10-03T09:00", "2024-11-30");
        List<QuarterState<String>> states = quarters(task("A", "2024-07-01T09:00", "2024-09-20", "2024-11-15T10:00"));

        assertThat(states).extracting(QuarterState::q).containsExactly(Q3, Q4);
        assertThat(states.get(0).effDueDay()).isEqualTo(day("2024-09-20"));
        assertThat(states.get(0).extensions()).isZero();
        assertThat(states.get(0).outcome()).isEqualTo(OVERDUE_OPEN);
        assertThat(states.get(1).effDueDay()).isEqualTo(day("2024-11-30"));
        assertThat(states.get(1).extensions()).isEqualTo(1);
        assertThat(states.get(1).outcome()).isEqualTo(ON_TIME);
        assertThat(states.get(1).strictOnTime()).isFalse();
    }

    @Test
    void aCompletionAt0500OnAQuartersFirstDayBelongsToThatQuarter() {
        // 05:00 local on 1 October is still 30 September in UTC
        List<QuarterState<String>> states = quarters(task("A", "2024-07-01T09:00", "2024-09-30", "2024-10-01T05:00"));

        assertThat(states.get(0).completedByQe()).isFalse();
        assertThat(states.get(0).outcome()).isEqualTo(OVERDUE_OPEN);
        assertThat(states.get(1).completedByQe()).isTrue();
        assertThat(states.get(1).outcome()).isEqualTo(NOT_DUE);
        assertThat(states.get(1).delayDays()).isEqualTo(1);
    }

    @Test
    void aCompletionAt2330OnTheDueDateIsOnTimeAndEndsTheTasksQuarters() {
        List<QuarterState<String>> states = quarters(task("A", "2024-07-01T09:00", "2024-09-30", "2024-09-30T23:30"));

        assertThat(states).singleElement().satisfies(s -> {
            assertThat(s.outcome()).isEqualTo(ON_TIME);
            assertThat(s.strictOnTime()).isTrue();
            assertThat(s.delayDays()).isNull();
        });
    }

    @Test
    void aTaskCompletedLateInItsDueQuarterIsLateWithItsDelay() {
        List<QuarterState<String>> states = quarters(task("A", "2024-07-01T09:00", "2024-09-10", "2024-09-14T09:00"));

        assertThat(states).singleElement().satisfies(s -> {
            assertThat(s.outcome()).isEqualTo(LATE);
            assertThat(s.delayDays()).isEqualTo(4);
        });
    }

    @Test
    void aTaskCompletedEarlyStillCountsInTheQuarterItWasDueIn() {
        List<QuarterState<String>> states = quarters(task("A", "2024-07-01T09:00", "2024-11-15", "2024-08-01T10:00"));

        assertThat(states).extracting(QuarterState::outcome).containsExactly(NOT_DUE, ON_TIME);
        assertThat(states.get(1).heldOrgs()).isEmpty();
        assertThat(states.get(1).holder()).isEqualTo("A");
    }

    @Test
    void urgentHoursRunFromAssignmentToCompletion() {
        Task<String> urgent =
                new Task<>("A", true, lus("2024-07-01T08:00"), Q3, day("2024-07-05"), lus("2024-07-03T14:00"), null);

        assertThat(TaskTimeline.quarters(urgent, events, Q3_TO_Q4))
                .singleElement()
                .satisfies(s -> assertThat(s.urgentHours()).isEqualTo(54.0));
    }

    @Test
    void aTaskLeavesNoStateFromItsCancellationQuarterOn() {
        Task<String> cancelledInQ4 = new Task<>("A", false, lus("2024-07-01T09:00"), Q3, day("2024-12-01"), null, Q4);

        assertThat(TaskTimeline.quarters(cancelledInQ4, events, Q3_TO_Q4))
                .extracting(QuarterState::q)
                .containsExactly(Q3);
    }

    @Test
    void eventsAfterCompletionNeitherMoveTheTaskNorCountAsEscalations() {
        transfer("2024-08-02T10:00", "A", "B");
        escalate("2024-08-03T10:00", "A");
        List<QuarterState<String>> states = quarters(task("A", "2024-07-01T09:00", "2024-08-10", "2024-08-01T10:00"));

        assertThat(states).singleElement().satisfies(s -> {
            assertThat(s.holder()).isEqualTo("A");
            assertThat(s.handoffs()).isEmpty();
            assertThat(s.escalations()).isEmpty();
        });
    }

    @Test
    void eventsCountInTheQuarterTheyHappenedInWhicheverOrderTheyArrive() {
        escalate("2024-10-02T10:00", "B");
        transfer("2024-08-01T10:00", "A", "B");
        escalate("2024-08-05T10:00", "A");
        List<QuarterState<String>> states = quarters(task("A", "2024-07-01T09:00", "2024-12-20", null));

        assertThat(states.get(0).holder()).isEqualTo("B");
        assertThat(states.get(0).escalations())
                .extracting(Event::fromOrg, Event::eventId)
                .containsExactly(tuple("A", 3L));
        assertThat(states.get(1).escalations())
                .extracting(Event::fromOrg, Event::eventId)
                .containsExactly(tuple("B", 1L));
    }

    @Test
    void theHandoffHistoryListsEveryTransferAndReturnBeforeEachQuartersEndOldestFirst() {
        // arrive out of order; the return at 00:30 local on 1 October is still 30 September in UTC, and in Q4
        returned("2024-10-01T00:30", "C", "A");
        transfer("2024-07-10T10:00", "A", "B");
        transfer("2024-08-20T16:00", "B", "C");
        extend("2024-09-01T09:00", "2024-12-31");
        escalate("2024-09-02T09:00", "C");
        List<QuarterState<String>> states = quarters(task("A", "2024-07-01T09:00", "2024-09-20", null));

        assertThat(states)
                .extracting(QuarterState::handoffHistory)
                .containsExactly(
                        "2024-07-10 transferred A→B; 2024-08-20 transferred B→C",
                        "2024-07-10 transferred A→B; 2024-08-20 transferred B→C; 2024-10-01 returned C→A");
        assertThat(states.get(1).holder()).isEqualTo("A");
    }

    @Test
    void aTaskHandedOnInItsSecondQuarterHasNoHistoryInItsFirst() {
        transfer("2024-11-05T08:00", "A", "B");
        List<QuarterState<String>> states = quarters(task("A", "2024-07-01T09:00", "2024-12-20", null));

        assertThat(states).extracting(QuarterState::handoffHistory).containsExactly(null, "2024-11-05 transferred A→B");
    }

    private List<QuarterState<String>> quarters(Task<String> task) {
        return TaskTimeline.quarters(task, events, Q3_TO_Q4);
    }

    private static Task<String> task(String lead, String assigned, String due, String completed) {
        return new Task<>(lead, false, lus(assigned), Q3, day(due), completed == null ? null : lus(completed), null);
    }

    private void transfer(String at, String from, String to) {
        events.add(new Event<>(events.size() + 1, "transferred", lus(at), quarter(at), from, to, null));
    }

    private void returned(String at, String from, String to) {
        events.add(new Event<>(events.size() + 1, "returned", lus(at), quarter(at), from, to, null));
    }

    private void extend(String at, String newDue) {
        events.add(new Event<>(events.size() + 1, "extended", lus(at), quarter(at), null, null, day(newDue)));
    }

    private void escalate(String at, String from) {
        events.add(new Event<>(events.size() + 1, "escalated", lus(at), quarter(at), from, null, null));
    }

    /** A local wall-clock time as local micros. */
    private static long lus(String localDateTime) {
        return LocalDateTime.parse(localDateTime).toEpochSecond(ZoneOffset.UTC) * 1_000_000L;
    }

    private static int day(String date) {
        return (int) LocalDate.parse(date).toEpochDay();
    }

    private static int quarter(String localDateTime) {
        return LocalTimes.quarterIndex(LocalTimes.localDay(lus(localDateTime)));
    }
}

package vn.kyluat.sample;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import vn.kyluat.contract.EventType;
import vn.kyluat.contract.Quarter;
import vn.kyluat.contract.Zone;

/**
 * One task's contribution to its assignee's figures in each quarter, worked out from the task and
 * its events as generated, for {@code expected.json}: the tasks due in the quarter (effective due date
 * from the last extension before the quarter's end) and how they ended as of that end, and the open
 * tasks overdue then, with those over 180 days. Tasks cancelled before the quarter's end, or assigned
 * at or after it, count nowhere.
 */
final class PersonFigures {
    static final int TASKS_DUE = 0;
    static final int DONE_ON_TIME = 1;
    static final int DONE_LATE = 2;
    static final int OVERDUE_OPEN = 3;
    static final int BACKLOG_OVERDUE = 4;
    static final int BACKLOG_OVER_180 = 5;
    static final List<String> NAMES =
            List.of("tasks_due", "done_on_time", "done_late", "overdue_open", "backlog_overdue", "backlog_over_180");

    /** Receives a task's counts for one quarter (indexes as above); only quarters where it counts. */
    interface Sink {
        void add(Quarter quarter, int figure);
    }

    private PersonFigures() {}

    static void count(SimulatedTask simulated, List<Quarter> quarters, Sink sink) {
        TaskRow task = simulated.task();
        for (Quarter quarter : quarters) {
            Instant qe = quarter.asOf();
            if (!task.assignedAt().isBefore(qe)
                    || (task.cancelledAt() != null && task.cancelledAt().isBefore(qe))) {
                continue;
            }
            LocalDate effDue = task.dueDate();
            for (TaskEvent event : simulated.events()) {
                if (event.type().equals(EventType.EXTENDED)
                        && event.occurredAt().isBefore(qe)) {
                    effDue = event.newDueDate();
                }
            }
            boolean completed = task.completedAt() != null && task.completedAt().isBefore(qe);
            if (quarter.contains(effDue)) {
                sink.add(quarter, TASKS_DUE);
                if (!completed) {
                    sink.add(quarter, OVERDUE_OPEN);
                } else {
                    LocalDate done = Zone.localDate(task.completedAt());
                    sink.add(quarter, done.isAfter(effDue) ? DONE_LATE : DONE_ON_TIME);
                }
            }
            if (!completed && effDue.isBefore(quarter.end())) {
                sink.add(quarter, BACKLOG_OVERDUE);
                if (ChronoUnit.DAYS.between(effDue, quarter.end()) > 180) {
                    sink.add(quarter, BACKLOG_OVER_180);
                }
            }
        }
    }
}

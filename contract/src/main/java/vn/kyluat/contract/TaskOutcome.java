package vn.kyluat.contract;

import java.util.Arrays;
import java.util.Locale;

/**
 * A task's outcome in one quarter, the {@code outcome} column of {@code task_quarter_facts}:
 * which of the quarter's figures the task counts in, under its holder at the quarter's end.
 */
public enum TaskOutcome {
    /** Due in the quarter, completed on or before its effective due date: done_on_time. */
    ON_TIME,
    /** Due in the quarter, completed after its effective due date: done_late. */
    LATE,
    /** Due in the quarter and still open at its end: overdue_open, and part of backlog_overdue. */
    OVERDUE_OPEN,
    /** Open at the quarter's end and due before the quarter: the rest of backlog_overdue. */
    BACKLOG,
    /** Neither due in the quarter nor overdue. */
    NOT_DUE;

    /** As the mart writes it, e.g. {@code overdue_open}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the task counts in its holder's backlog_overdue (overdue_open ⊂ backlog_overdue). */
    public boolean overdue() {
        return this == OVERDUE_OPEN || this == BACKLOG;
    }

    public static TaskOutcome of(String code) {
        return Arrays.stream(values())
                .filter(o -> o.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown task outcome '" + code + "'"));
    }
}

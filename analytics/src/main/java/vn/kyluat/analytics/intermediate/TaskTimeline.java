package vn.kyluat.analytics.intermediate;

import static vn.kyluat.analytics.staging.LocalTimes.hoursBetween;
import static vn.kyluat.analytics.staging.LocalTimes.localDay;
import static vn.kyluat.analytics.staging.LocalTimes.quarterIndex;
import static vn.kyluat.analytics.staging.LocalTimes.quarterStartDay;
import static vn.kyluat.analytics.staging.LocalTimes.startOfDayMicros;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import vn.kyluat.contract.EventType;
import vn.kyluat.contract.HandoffHistory;
import vn.kyluat.contract.TaskOutcome;

/**
 * One task's history folded into its state as of each quarter's end (DESIGN.md
 * {@code task_quarter_facts}, {@code holding_intervals}, {@code handoffs}). Plain Java over one task
 * and its events, so the whole history is walked once per task instead of as arrays in SQL.
 *
 * <p>A task has a state for every quarter q from the one it was assigned in to its completion
 * quarter, or on to the quarter of its latest due date when completed early (it still counts where it
 * was due); quarters at or after its cancellation are left out. Only facts before qe enter q's state:
 * an event counts for q when {@code occurred_q <= q}, that is {@code occurred_at < qe 00:00 local}.
 * Times are local micros and local days (see {@code LocalTimes}); dates are days since 1970-01-01.
 * Units are of any type {@code O} with value equality: Spark's own strings in the job, so that none
 * is decoded or encoded per row, and Java strings in the tests.
 */
public final class TaskTimeline<O> {
    /** The event types that change a task's state; the others are not needed. */
    public static final Set<String> EVENT_TYPES =
            Set.of(EventType.TRANSFERRED, EventType.RETURNED, EventType.EXTENDED, EventType.ESCALATED);

    // The outcome codes the fold writes, as the contract names them.
    public static final String ON_TIME = TaskOutcome.ON_TIME.code();
    public static final String LATE = TaskOutcome.LATE.code();
    public static final String OVERDUE_OPEN = TaskOutcome.OVERDUE_OPEN.code();
    public static final String BACKLOG = TaskOutcome.BACKLOG.code();
    public static final String NOT_DUE = TaskOutcome.NOT_DUE.code();

    /** A task as staged: {@code completedLocalMicros}, {@code cancelledQ} and {@code leadOrg} may be null. */
    public record Task<O>(
            O leadOrg,
            boolean urgent,
            long assignedLocalMicros,
            int assignedQ,
            int dueDay,
            Long completedLocalMicros,
            Integer cancelledQ) {}

    /** A transfer, return, extension or escalation; {@code newDueDay} only on extensions. */
    public record Event<O>(
            long eventId,
            String type,
            long occurredLocalMicros,
            int occurredQ,
            O fromOrg,
            O toOrg,
            Integer newDueDay) {}

    /**
     * A transfer or return made in q ({@code change}), and the later change that next handed the task back to
     * its sender ({@code cameBack}; null: never).
     */
    public record Handoff<O>(Event<O> change, Event<O> cameBack) {}

    /**
     * The task as of qe: holder, effective due date and extensions counted before qe; the outcome of
     * mart task_quarter_facts; its transfers and returns before qe ({@code handoffHistory}, encoded as
     * {@link HandoffHistory} says; null: none); the units that held it open during q, and the handoffs and
     * escalations of q.
     */
    public record QuarterState<O>(
            int q,
            O holder,
            int effDueDay,
            int extensions,
            String handoffHistory,
            boolean completedByQe,
            boolean dueInQ,
            String outcome,
            boolean strictOnTime,
            Integer daysOverdue,
            Integer delayDays,
            Double urgentHours,
            List<O> heldOrgs,
            List<Handoff<O>> handoffs,
            List<Event<O>> escalations) {}

    private record Interval<O>(O org, long from, Long to) {
        boolean overlaps(long startLocalMicros, long endLocalMicros) {
            return from < endLocalMicros && (to == null || to > startLocalMicros);
        }
    }

    private final Task<O> task;
    private final Integer completedDay;
    private final Integer completedQ;
    /** Transfers and returns up to completion: a completed task is not handed on any more. */
    private final List<Event<O>> holderChanges = new ArrayList<>();
    /** The encoded history of the first n holder changes, by n: quarters after the last change share one. */
    private String[] histories;

    private final List<Event<O>> extensions = new ArrayList<>();
    /** Escalations up to completion, like the holder changes. */
    private final List<Event<O>> escalations = new ArrayList<>();

    private TaskTimeline(Task<O> task, List<Event<O>> events) {
        this.task = task;
        this.completedDay = task.completedLocalMicros() == null ? null : localDay(task.completedLocalMicros());
        this.completedQ = completedDay == null ? null : quarterIndex(completedDay);
        List<Event<O>> history = new ArrayList<>(events);
        history.sort(
                Comparator.<Event<O>>comparingLong(Event::occurredLocalMicros).thenComparingLong(Event::eventId));
        for (Event<O> e : history) {
            boolean beforeCompletion =
                    task.completedLocalMicros() == null || e.occurredLocalMicros() <= task.completedLocalMicros();
            switch (e.type()) {
                case EventType.TRANSFERRED, EventType.RETURNED -> {
                    if (beforeCompletion) {
                        holderChanges.add(e);
                    }
                }
                case EventType.EXTENDED -> extensions.add(e);
                case EventType.ESCALATED -> {
                    if (beforeCompletion) {
                        escalations.add(e);
                    }
                }
                default -> {}
            }
        }
    }

    /** The task's state at the end of every quarter of {@code range} it figures in, in quarter order. */
    public static <O> List<QuarterState<O>> quarters(Task<O> task, List<Event<O>> events, QuarterRange range) {
        return new TaskTimeline<>(task, events).states(range);
    }

    private List<QuarterState<O>> states(QuarterRange range) {
        int lastDueQ = quarterIndex(task.dueDay());
        for (Event<O> e : extensions) {
            if (e.newDueDay() != null) {
                lastDueQ = Math.max(lastDueQ, quarterIndex(e.newDueDay()));
            }
        }
        int firstQ = Math.max(task.assignedQ(), range.first());
        int lastQ = Math.min(range.last(), Math.max(completedQ == null ? range.last() : completedQ, lastDueQ));
        if (task.cancelledQ() != null) {
            lastQ = Math.min(lastQ, task.cancelledQ() - 1);
        }
        List<QuarterState<O>> states = new ArrayList<>(Math.max(0, lastQ - firstQ + 1));
        if (firstQ > lastQ) {
            return states;
        }
        List<Interval<O>> intervals = holdingIntervals();
        List<Handoff<O>> handoffs = handoffs();
        for (int q = firstQ; q <= lastQ; q++) {
            states.add(state(q, intervals, handoffs));
        }
        return states;
    }

    private QuarterState<O> state(int q, List<Interval<O>> intervals, List<Handoff<O>> handoffs) {
        int qeDay = quarterStartDay(q + 1);
        Event<O> lastChange = lastBefore(holderChanges, q);
        O holder = lastChange == null || lastChange.toOrg() == null ? task.leadOrg() : lastChange.toOrg();
        int extensionCount = countBefore(extensions, q);
        Event<O> lastExtension = extensionCount == 0 ? null : extensions.get(extensionCount - 1);
        int effDue =
                lastExtension == null || lastExtension.newDueDay() == null ? task.dueDay() : lastExtension.newDueDay();

        boolean completedByQe = completedQ != null && completedQ <= q;
        boolean completedInQ = completedQ != null && completedQ == q;
        boolean dueInQ = quarterIndex(effDue) == q;
        boolean overdueAtQe = !completedByQe && effDue < qeDay;
        boolean lateInQ = completedInQ && completedDay > effDue;
        String outcome;
        if (dueInQ && completedByQe) {
            outcome = completedDay <= effDue ? ON_TIME : LATE;
        } else if (dueInQ) {
            outcome = OVERDUE_OPEN;
        } else {
            outcome = overdueAtQe ? BACKLOG : NOT_DUE;
        }
        return new QuarterState<>(
                q,
                holder,
                effDue,
                extensionCount,
                history(countBefore(holderChanges, q)),
                completedByQe,
                dueInQ,
                outcome,
                completedByQe && completedDay <= task.dueDay(),
                overdueAtQe ? qeDay - effDue : null,
                lateInQ ? completedDay - effDue : null,
                completedInQ && task.urgent()
                        ? hoursBetween(task.assignedLocalMicros(), task.completedLocalMicros())
                        : null,
                heldDuring(q, qeDay, intervals),
                handoffsIn(q, handoffs),
                escalatedIn(q));
    }

    /** The first {@code count} holder changes, encoded once per count: null for none. */
    private String history(int count) {
        if (count == 0) {
            return null;
        }
        if (histories == null) {
            histories = new String[holderChanges.size() + 1];
        }
        if (histories[count] == null) {
            histories[count] = HandoffHistory.encode(holderChanges.subList(0, count).stream()
                    .map(e -> new HandoffHistory.Entry(
                            LocalDate.ofEpochDay(localDay(e.occurredLocalMicros())),
                            e.type(),
                            e.fromOrg() == null ? null : e.fromOrg().toString(),
                            e.toOrg() == null ? null : e.toOrg().toString()))
                    .toList());
        }
        return histories[count];
    }

    /** How many of {@code events} (in history order, so in quarter order) happened before q's end. */
    private static <O> int countBefore(List<Event<O>> events, int q) {
        int count = 0;
        while (count < events.size() && events.get(count).occurredQ() <= q) {
            count++;
        }
        return count;
    }

    private static <O> List<Handoff<O>> handoffsIn(int q, List<Handoff<O>> handoffs) {
        List<Handoff<O>> inQ = new ArrayList<>(0);
        for (Handoff<O> h : handoffs) {
            if (h.change().occurredQ() == q) {
                inQ.add(h);
            }
        }
        return inQ;
    }

    /** The task's escalations of q. */
    private List<Event<O>> escalatedIn(int q) {
        List<Event<O>> inQ = new ArrayList<>(0);
        for (Event<O> e : escalations) {
            if (e.occurredQ() == q) {
                inQ.add(e);
            }
        }
        return inQ;
    }

    /** The last of {@code events} (in history order) that happened before q's end, or null. */
    private static <O> Event<O> lastBefore(List<Event<O>> events, int q) {
        int count = countBefore(events, q);
        return count == 0 ? null : events.get(count - 1);
    }

    /** The distinct units that held the task open at some instant in [qs, qe), in holding order. */
    private static <O> List<O> heldDuring(int q, int qeDay, List<Interval<O>> intervals) {
        long qsLocalMicros = startOfDayMicros(quarterStartDay(q));
        long qeLocalMicros = startOfDayMicros(qeDay);
        List<O> orgs = new ArrayList<>(2);
        for (Interval<O> i : intervals) {
            if (i.overlaps(qsLocalMicros, qeLocalMicros) && !orgs.contains(i.org())) {
                orgs.add(i.org());
            }
        }
        return orgs;
    }

    /**
     * (org, from, to): the lead unit from assigned_at, then each change's receiver; {@code to} is the
     * next change, or completed_at (null while open). Intervals without a unit or of no length are left out.
     */
    private List<Interval<O>> holdingIntervals() {
        List<Interval<O>> intervals = new ArrayList<>(holderChanges.size() + 1);
        O org = task.leadOrg();
        long from = task.assignedLocalMicros();
        for (Event<O> change : holderChanges) {
            addInterval(intervals, org, from, change.occurredLocalMicros());
            org = change.toOrg();
            from = change.occurredLocalMicros();
        }
        addInterval(intervals, org, from, task.completedLocalMicros());
        return intervals;
    }

    private static <O> void addInterval(List<Interval<O>> intervals, O org, long from, Long to) {
        if (org != null && (to == null || from < to)) {
            intervals.add(new Interval<>(org, from, to));
        }
    }

    /** Each transfer or return with the next change that hands the task back to its sender. */
    private List<Handoff<O>> handoffs() {
        List<Handoff<O>> handoffs = new ArrayList<>(holderChanges.size());
        for (int i = 0; i < holderChanges.size(); i++) {
            Event<O> change = holderChanges.get(i);
            Event<O> cameBack = null;
            for (int j = i + 1; j < holderChanges.size() && cameBack == null; j++) {
                if (change.fromOrg() != null
                        && change.fromOrg().equals(holderChanges.get(j).toOrg())) {
                    cameBack = holderChanges.get(j);
                }
            }
            handoffs.add(new Handoff<>(change, cameBack));
        }
        return handoffs;
    }
}

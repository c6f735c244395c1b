package vn.kyluat.analytics.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.util.ArrayData;
import org.apache.spark.sql.catalyst.util.GenericArrayData;
import org.apache.spark.unsafe.types.UTF8String;
import vn.kyluat.analytics.intermediate.QuarterRange;
import vn.kyluat.analytics.intermediate.TaskTimeline;
import vn.kyluat.analytics.intermediate.TaskTimeline.Event;
import vn.kyluat.analytics.intermediate.TaskTimeline.Handoff;
import vn.kyluat.analytics.intermediate.TaskTimeline.QuarterState;
import vn.kyluat.analytics.intermediate.TaskTimeline.Task;

/**
 * {@link TaskTimeline} over Spark's internal rows: for one partition of tasks and the partition of
 * events hashed the same way (positions as {@code TaskQuarterFacts.TASK_INPUT} and {@code EVENT_INPUT}),
 * yields one row of {@code TaskQuarterFacts.FOLD_OUTPUT} per task and quarter. Values stay in Spark's
 * own format: converting every row to and from {@code Row} cost several times the fold itself.
 */
final class TaskTimelineRows implements Iterator<InternalRow> {
    private static final int SOURCE_ID = 0;
    private static final int TASK_CODE = 1;
    private static final int TITLE = 2;
    private static final int LEAD_ORG = 3;
    private static final int PRIORITY = 4;
    private static final int AUTHORITY = 5;
    private static final int ASSIGNED_LUS = 6;
    private static final int ASSIGNED_Q = 7;
    private static final int DUE_DAY = 8;
    private static final int COMPLETED_LUS = 9;
    private static final int CANCELLED_Q = 10;
    private static final int ASSIGNEE = 11;

    private static final int EVENT_ID = 2;
    private static final int EVENT_TYPE = 3;
    private static final int OCCURRED_LUS = 4;
    private static final int OCCURRED_Q = 5;
    private static final int FROM_ORG = 6;
    private static final int TO_ORG = 7;
    private static final int NEW_DUE_DAY = 8;

    private static final UTF8String URGENT = UTF8String.fromString("urgent");
    private static final Map<UTF8String, String> EVENT_TYPES =
            TaskTimeline.EVENT_TYPES.stream().collect(Collectors.toMap(UTF8String::fromString, Function.identity()));
    private static final UTF8String ON_TIME = UTF8String.fromString(TaskTimeline.ON_TIME);
    private static final UTF8String LATE = UTF8String.fromString(TaskTimeline.LATE);
    private static final UTF8String OVERDUE_OPEN = UTF8String.fromString(TaskTimeline.OVERDUE_OPEN);
    private static final UTF8String BACKLOG = UTF8String.fromString(TaskTimeline.BACKLOG);
    private static final UTF8String NOT_DUE = UTF8String.fromString(TaskTimeline.NOT_DUE);
    private static final Map<String, UTF8String> HANDOFF_TYPES =
            TaskTimeline.EVENT_TYPES.stream().collect(Collectors.toMap(Function.identity(), UTF8String::fromString));
    private static final ArrayData EMPTY = new GenericArrayData(new Object[0]);

    /** A task's identity. The keys kept in the map hold copies: Spark reuses the bytes of the rows it reads. */
    private record TaskKey(UTF8String sourceId, UTF8String taskCode) {
        static TaskKey of(InternalRow row, Map<UTF8String, UTF8String> copies) {
            return new TaskKey(
                    copied(row, SOURCE_ID, copies), row.getUTF8String(TASK_CODE).copy());
        }
    }

    private final Iterator<InternalRow> tasks;
    private final Map<TaskKey, List<Event<UTF8String>>> eventsByTask;
    private final QuarterRange range;
    /**
     * Each quarter's name, by index from the range's first, made once: the fold's output made it for every row
     * (numbers turned to text and joined), a sixth to a quarter of the fold stage's time at 10 M tasks.
     */
    private final UTF8String[] quarterNames;

    private final List<InternalRow> pending = new ArrayList<>();
    private int next;

    private TaskTimelineRows(
            Iterator<InternalRow> tasks, Map<TaskKey, List<Event<UTF8String>>> eventsByTask, QuarterRange range) {
        this.tasks = tasks;
        this.eventsByTask = eventsByTask;
        this.range = range;
        this.quarterNames = range.quarters().stream()
                .map(quarter -> UTF8String.fromString(quarter.toString()))
                .toArray(UTF8String[]::new);
    }

    /** Reads the partition's events into memory (a quarter of tasks have any), then folds its tasks one by one. */
    static Iterator<InternalRow> fold(Iterator<InternalRow> tasks, Iterator<InternalRow> events, QuarterRange range) {
        Map<TaskKey, List<Event<UTF8String>>> eventsByTask = new HashMap<>();
        Map<UTF8String, UTF8String> copies = new HashMap<>();
        while (events.hasNext()) {
            InternalRow row = events.next();
            eventsByTask
                    .computeIfAbsent(TaskKey.of(row, copies), key -> new ArrayList<>(2))
                    .add(event(row, copies));
        }
        return new TaskTimelineRows(tasks, eventsByTask, range);
    }

    @Override
    public boolean hasNext() {
        while (next == pending.size() && tasks.hasNext()) {
            pending.clear();
            next = 0;
            fold(tasks.next());
        }
        return next < pending.size();
    }

    @Override
    public InternalRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return pending.get(next++);
    }

    /**
     * One task's output rows. They share the task row's strings, which stay valid only until the reader moves
     * on: Spark turns each into its compact format as it takes it, before asking for the next.
     */
    private void fold(InternalRow task) {
        List<Event<UTF8String>> events = eventsByTask.isEmpty()
                ? List.of()
                : eventsByTask.getOrDefault(
                        new TaskKey(task.getUTF8String(SOURCE_ID), task.getUTF8String(TASK_CODE)), List.of());
        for (QuarterState<UTF8String> state : TaskTimeline.quarters(task(task), events, range)) {
            pending.add(output(quarterNames[state.q() - range.first()], task, state));
        }
    }

    private static Task<UTF8String> task(InternalRow r) {
        return new Task<>(
                r.getUTF8String(LEAD_ORG),
                URGENT.equals(r.getUTF8String(PRIORITY)),
                r.getLong(ASSIGNED_LUS),
                r.getInt(ASSIGNED_Q),
                r.getInt(DUE_DAY),
                r.isNullAt(COMPLETED_LUS) ? null : r.getLong(COMPLETED_LUS),
                r.isNullAt(CANCELLED_Q) ? null : r.getInt(CANCELLED_Q));
    }

    /** {@code copies}: the partition's copy of each source id and unit code seen so far. */
    private static Event<UTF8String> event(InternalRow r, Map<UTF8String, UTF8String> copies) {
        return new Event<>(
                r.getLong(EVENT_ID),
                EVENT_TYPES.get(r.getUTF8String(EVENT_TYPE)),
                r.getLong(OCCURRED_LUS),
                r.getInt(OCCURRED_Q),
                copied(r, FROM_ORG, copies),
                copied(r, TO_ORG, copies),
                r.isNullAt(NEW_DUE_DAY) ? null : r.getInt(NEW_DUE_DAY));
    }

    /**
     * A copy of the value (the row's bytes are reused once the reader moves on), made once per partition:
     * a few sources and thousands of units for hundreds of thousands of events, all kept while the partition
     * is folded, and the fewer objects the collector has to copy the better.
     */
    private static UTF8String copied(InternalRow r, int field, Map<UTF8String, UTF8String> copies) {
        if (r.isNullAt(field)) {
            return null;
        }
        UTF8String value = r.getUTF8String(field);
        UTF8String copy = copies.get(value);
        if (copy == null) {
            copy = value.copy();
            copies.put(copy, copy);
        }
        return copy;
    }

    /** A row of {@code TaskQuarterFacts.FOLD_OUTPUT}. */
    private static InternalRow output(UTF8String quarter, InternalRow task, QuarterState<UTF8String> s) {
        return new GenericInternalRow(new Object[] {
            quarter,
            s.q(),
            task.getUTF8String(SOURCE_ID),
            task.getUTF8String(TASK_CODE),
            task.getUTF8String(TITLE),
            s.holder(),
            task.getUTF8String(LEAD_ORG),
            task.getUTF8String(PRIORITY),
            task.getUTF8String(AUTHORITY),
            task.getLong(ASSIGNED_LUS),
            task.getInt(DUE_DAY),
            s.effDueDay(),
            s.extensions(),
            s.handoffHistory() == null ? null : UTF8String.fromString(s.handoffHistory()),
            task.isNullAt(COMPLETED_LUS) ? null : task.getLong(COMPLETED_LUS),
            s.completedByQe(),
            s.dueInQ(),
            outcome(s.outcome()),
            s.strictOnTime(),
            s.daysOverdue(),
            s.delayDays(),
            s.urgentHours(),
            array(s.heldOrgs(), org -> org),
            array(s.handoffs(), TaskTimelineRows::handoff),
            array(s.escalations(), TaskTimelineRows::escalation),
            task.getUTF8String(ASSIGNEE)
        });
    }

    /**
     * Comparisons, not a map: one per output row, and profiles showed the map's lookup. The fold returns
     * TaskTimeline's own constants, so each equals ends at its identity check.
     */
    private static UTF8String outcome(String outcome) {
        if (outcome.equals(TaskTimeline.ON_TIME)) {
            return ON_TIME;
        }
        if (outcome.equals(TaskTimeline.LATE)) {
            return LATE;
        }
        if (outcome.equals(TaskTimeline.OVERDUE_OPEN)) {
            return OVERDUE_OPEN;
        }
        if (outcome.equals(TaskTimeline.BACKLOG)) {
            return BACKLOG;
        }
        if (outcome.equals(TaskTimeline.NOT_DUE)) {
            return NOT_DUE;
        }
        throw new IllegalArgumentException("unknown outcome " + outcome);
    }

    /** A row of {@code TaskQuarterFacts.HANDOFF}. */
    private static InternalRow handoff(Handoff<UTF8String> h) {
        Event<UTF8String> change = h.change();
        Event<UTF8String> back = h.cameBack();
        return new GenericInternalRow(new Object[] {
            change.eventId(),
            HANDOFF_TYPES.get(change.type()),
            change.fromOrg(),
            change.toOrg(),
            change.occurredLocalMicros(),
            back == null ? null : back.occurredQ(),
            back == null ? null : back.occurredLocalMicros()
        });
    }

    /** A row of {@code TaskQuarterFacts.ESCALATION}. */
    private static InternalRow escalation(Event<UTF8String> e) {
        return new GenericInternalRow(new Object[] {e.eventId(), e.fromOrg(), e.toOrg(), e.occurredLocalMicros()});
    }

    private static <T> ArrayData array(List<T> values, Function<? super T, Object> element) {
        return values.isEmpty()
                ? EMPTY
                : new GenericArrayData(values.stream().map(element).toArray());
    }
}

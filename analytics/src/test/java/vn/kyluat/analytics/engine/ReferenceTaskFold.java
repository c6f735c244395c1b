package vn.kyluat.analytics.engine;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.CoGroupFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import scala.Tuple2;
import vn.kyluat.analytics.intermediate.QuarterRange;
import vn.kyluat.analytics.intermediate.TaskFold;
import vn.kyluat.analytics.intermediate.TaskQuarterFacts;
import vn.kyluat.analytics.intermediate.TaskTimeline;
import vn.kyluat.analytics.intermediate.TaskTimeline.Event;
import vn.kyluat.analytics.intermediate.TaskTimeline.Handoff;
import vn.kyluat.analytics.intermediate.TaskTimeline.QuarterState;
import vn.kyluat.analytics.intermediate.TaskTimeline.Task;
import vn.kyluat.contract.Quarter;

/**
 * {@link TaskTimeline} over plain {@link Row}s, the obvious way: each task grouped with its events by (source_id,
 * task_code), its states turned into rows of {@link TaskQuarterFacts#FOLD_OUTPUT} by name. Slow (every value is
 * decoded and encoded again), but readable: what {@link InternalRowTaskFold} must give.
 */
final class ReferenceTaskFold implements TaskFold {
    private static final Encoder<Tuple2<String, String>> TASK_KEY =
            Encoders.tuple(Encoders.STRING(), Encoders.STRING());

    @Override
    public Dataset<Row> fold(Dataset<Row> tasks, Dataset<Row> events, QuarterRange range) {
        MapFunction<Row, Tuple2<String, String>> byTask = r -> new Tuple2<>(r.getAs("source_id"), r.getAs("task_code"));
        CoGroupFunction<Tuple2<String, String>, Row, Row, Row> foldTask =
                (key, taskRows, eventRows) -> quarters(taskRows, eventRows, range);
        return tasks.groupByKey(byTask, TASK_KEY)
                .cogroup(events.groupByKey(byTask, TASK_KEY), foldTask, Encoders.row(TaskQuarterFacts.FOLD_OUTPUT));
    }

    /** Not kept: Spark computes the facts again for each reader. */
    @Override
    public Dataset<Row> keep(Dataset<Row> facts) {
        return facts;
    }

    /** The rows of every task of one key (one, unless a source repeats a code) with the key's events. */
    private static Iterator<Row> quarters(Iterator<Row> taskRows, Iterator<Row> eventRows, QuarterRange range) {
        List<Event<String>> events = new ArrayList<>();
        eventRows.forEachRemaining(r -> events.add(event(r)));
        List<Row> rows = new ArrayList<>();
        taskRows.forEachRemaining(task -> {
            for (QuarterState<String> state : TaskTimeline.quarters(task(task), events, range)) {
                rows.add(output(task, state));
            }
        });
        return rows.iterator();
    }

    private static Task<String> task(Row r) {
        return new Task<>(
                r.getAs("lead_org_code"),
                "urgent".equals(r.getAs("priority")),
                r.<Long>getAs("assigned_local_micros"),
                r.<Integer>getAs("assigned_q"),
                r.<Integer>getAs("due_day"),
                r.getAs("completed_local_micros"),
                r.getAs("cancelled_q"));
    }

    private static Event<String> event(Row r) {
        return new Event<>(
                r.<Long>getAs("event_id"),
                r.getAs("event_type"),
                r.<Long>getAs("occurred_local_micros"),
                r.<Integer>getAs("occurred_q"),
                r.getAs("from_org_code"),
                r.getAs("to_org_code"),
                r.getAs("new_due_day"));
    }

    private static Row output(Row task, QuarterState<String> s) {
        return RowFactory.create(
                Quarter.ofIndex(s.q()).toString(),
                s.q(),
                task.getAs("source_id"),
                task.getAs("task_code"),
                task.getAs("title"),
                s.holder(),
                task.getAs("lead_org_code"),
                task.getAs("priority"),
                task.getAs("authority"),
                task.getAs("assigned_local_micros"),
                task.getAs("due_day"),
                s.effDueDay(),
                s.extensions(),
                s.handoffHistory(),
                task.getAs("completed_local_micros"),
                s.completedByQe(),
                s.dueInQ(),
                s.outcome(),
                s.strictOnTime(),
                s.daysOverdue(),
                s.delayDays(),
                s.urgentHours(),
                s.heldOrgs().toArray(),
                s.handoffs().stream().map(ReferenceTaskFold::handoff).toArray(),
                s.escalations().stream().map(ReferenceTaskFold::escalation).toArray(),
                task.getAs("assignee_code"));
    }

    private static Row handoff(Handoff<String> h) {
        Event<String> back = h.cameBack();
        return RowFactory.create(
                h.change().eventId(),
                h.change().type(),
                h.change().fromOrg(),
                h.change().toOrg(),
                h.change().occurredLocalMicros(),
                back == null ? null : back.occurredQ(),
                back == null ? null : back.occurredLocalMicros());
    }

    private static Row escalation(Event<String> e) {
        return RowFactory.create(e.eventId(), e.fromOrg(), e.toOrg(), e.occurredLocalMicros());
    }
}

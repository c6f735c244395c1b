package vn.kyluat.sample;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.LongUnaryOperator;
import vn.kyluat.contract.RejectRule;
import vn.kyluat.contract.Relation;

/**
 * Plants a known number of bad records of every rule in a task unit's streams: task and event
 * records spread evenly over the tasks, finding and discipline records early in their streams;
 * what is left when a stream ends is planted then. Each planted record is counted in the truth.
 */
final class BadRecordPlanter {
    private record Planned(RejectRule rule, Relation relation, int occurrence, long dueIndex) {}

    private final String sourceId;
    private final UnitCodes codes;
    private final UnitSink sink;
    private final ExpectedTruth truth;
    private final Deque<Planned> taskStream;
    private final Deque<Planned> findingStream;
    private final Deque<Planned> actionStream;
    private SimulatedTask lastTask;
    private InspectionFindingRow lastFinding;
    private DisciplineActionRow lastAction;

    BadRecordPlanter(TaskUnit unit, int perRule, UnitCodes codes, UnitSink sink, ExpectedTruth truth) {
        this.sourceId = unit.id();
        this.codes = codes;
        this.sink = sink;
        this.truth = truth;
        List<Planned> tasks = new ArrayList<>();
        List<Planned> findings = new ArrayList<>();
        List<Planned> actions = new ArrayList<>();
        for (RejectRule rule : RejectRule.values()) {
            if (rule == RejectRule.MALFORMED_VALUE && !unit.csv()) {
                continue;
            }
            List<Relation> relations = BadRecords.relationsFor(rule, false);
            for (int j = 0; j < perRule; j++) {
                Relation relation = relations.get((j + unit.salt()) % relations.size());
                Planned planned = new Planned(rule, relation, j, 0);
                switch (relation) {
                    case INSPECTION_FINDING -> findings.add(planned);
                    case DISCIPLINE_ACTION -> actions.add(planned);
                    default -> tasks.add(planned);
                }
            }
        }
        this.taskStream = spread(tasks, k -> (k + 1) * unit.tasks() / (tasks.size() + 1));
        this.findingStream = spread(findings, k -> 3L * k);
        this.actionStream = spread(actions, k -> 2L * k);
    }

    private static Deque<Planned> spread(List<Planned> items, LongUnaryOperator dueIndex) {
        Deque<Planned> queue = new ArrayDeque<>();
        for (int k = 0; k < items.size(); k++) {
            Planned p = items.get(k);
            queue.add(new Planned(p.rule(), p.relation(), p.occurrence(), dueIndex.applyAsLong(k)));
        }
        return queue;
    }

    void afterTask(long index, SimulatedTask task) {
        lastTask = task;
        while (!taskStream.isEmpty()
                && taskStream.peek().dueIndex() <= index
                && BadRecords.fits(taskStream.peek().rule(), task)) {
            plantTaskRecord(taskStream.poll(), task);
        }
    }

    void afterFinding(long index, InspectionFindingRow finding) {
        lastFinding = finding;
        while (!findingStream.isEmpty() && findingStream.peek().dueIndex() <= index) {
            Planned p = findingStream.poll();
            plant(p, BadRecords.finding(p.rule(), finding, codes.nextFindingCode()));
        }
    }

    void afterAction(long index, DisciplineActionRow action) {
        lastAction = action;
        while (!actionStream.isEmpty() && actionStream.peek().dueIndex() <= index) {
            Planned p = actionStream.poll();
            plant(p, BadRecords.action(p.rule(), action, codes.nextActionCode()));
        }
    }

    /** Plants what the streams were too short for, from their last good records. */
    void finish() {
        while (!taskStream.isEmpty() && lastTask != null) {
            plantTaskRecord(taskStream.poll(), lastTask);
        }
        while (!findingStream.isEmpty() && lastFinding != null) {
            afterFinding(Long.MAX_VALUE, lastFinding);
        }
        while (!actionStream.isEmpty() && lastAction != null) {
            afterAction(Long.MAX_VALUE, lastAction);
        }
    }

    private void plantTaskRecord(Planned p, SimulatedTask task) {
        RawRow row;
        if (p.relation() == Relation.TASK_EVENT) {
            String unknown = p.rule() == RejectRule.EVENT_FOR_UNKNOWN_TASK ? codes.unknownTaskCode() : null;
            row = BadRecords.event(p.rule(), task.task(), codes.nextEventId(), unknown, p.occurrence());
        } else if (p.rule() == RejectRule.DUPLICATE_KEY) {
            row = BadRecords.staleDuplicate(task);
        } else {
            row = BadRecords.task(p.rule(), task.task(), codes.nextTaskCode());
        }
        plant(p, row);
    }

    private void plant(Planned p, RawRow row) {
        sink.write(row);
        truth.planted(sourceId, p.relation(), p.rule());
    }
}

package vn.kyluat.sample;

import vn.kyluat.contract.Relation;

/** A row of {@code task_event}: a simulated event numbered by its source. */
public record TaskEventRow(long eventId, String taskCode, TaskEvent event) implements GeneratedRow {
    @Override
    public Relation relation() {
        return Relation.TASK_EVENT;
    }

    @Override
    public Object[] values() {
        return new Object[] {
            eventId,
            taskCode,
            event.type(),
            event.occurredAt(),
            event.fromOrgCode(),
            event.toOrgCode(),
            event.newDueDate(),
            event.note()
        };
    }
}

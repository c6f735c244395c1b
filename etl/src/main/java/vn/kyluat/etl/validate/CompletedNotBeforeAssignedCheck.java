package vn.kyluat.etl.validate;

import java.time.Instant;
import vn.kyluat.contract.RejectRule;
import vn.kyluat.contract.Relation;

/** A task's completed_at is not before its assigned_at. */
public final class CompletedNotBeforeAssignedCheck implements RowCheck {
    private final int assignedAt = Columns.index(Relation.TASK, "assigned_at");
    private final int completedAt = Columns.index(Relation.TASK, "completed_at");

    @Override
    public Rejection check(Object[] values) {
        if (values[assignedAt] instanceof Instant assigned
                && values[completedAt] instanceof Instant completed
                && completed.isBefore(assigned)) {
            return new Rejection(
                    RejectRule.COMPLETED_BEFORE_ASSIGNED,
                    "completed_at " + completed + " is before assigned_at " + assigned);
        }
        return null;
    }
}

package vn.kyluat.etl.validate;

import java.time.Instant;
import java.time.LocalDate;
import vn.kyluat.contract.RejectRule;
import vn.kyluat.contract.Relation;
import vn.kyluat.contract.Zone;

/** A task's due_date is not before the local date of its assigned_at. */
public final class DueNotBeforeAssignedCheck implements RowCheck {
    private static final long SECONDS_PER_DAY = 86_400;
    private static final long LOCAL_OFFSET_SECONDS = Zone.VIETNAM.getTotalSeconds();
    private final int assignedAt = Columns.index(Relation.TASK, "assigned_at");
    private final int dueDate = Columns.index(Relation.TASK, "due_date");

    @Override
    public Rejection check(Object[] values) {
        if (values[assignedAt] instanceof Instant assigned && values[dueDate] instanceof LocalDate due) {
            // Compared as day numbers: no date object per row for the many rows that pass.
            if (due.toEpochDay() < Math.floorDiv(assigned.getEpochSecond() + LOCAL_OFFSET_SECONDS, SECONDS_PER_DAY)) {
                LocalDate assignedDay = Zone.localDate(assigned);
                return new Rejection(
                        RejectRule.DUE_BEFORE_ASSIGNED,
                        "due_date " + due + " is before " + assignedDay + ", the day it was assigned");
            }
        }
        return null;
    }
}

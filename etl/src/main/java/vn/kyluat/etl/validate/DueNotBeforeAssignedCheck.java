package vn.kyluat.etl.validate;

import java.time.Instant;
import java.time.LocalDate;
import vn.kyluat.contract.Relation;
import vn.kyluat.contract.RejectRule;
import vn.kyluat.contract.Zone;

/** A task's due_date is not before the local date of its assigned_at. */
public final class DueNotBeforeAssignedCheck implements RowCheck {
  private final int assignedAt = Columns.index(Relation.TASK, "assigned_at");
  private final int dueDate = Columns.index(Relation.TASK, "due_date");

  @Override
  public Rejection check(Object[] values) {
    if (values[assignedAt] instanceof Instant assigned && values[dueDate] instanceof LocalDate due) {
      LocalDate assignedDay = Zone.localDate(assigned);
      if (due.isBefore(assignedDay)) {
        return new Rejection(
            RejectRule.DUE_BEFORE_ASSIGNED, "due_date " + due + " is before " + assignedDay + ", the day it was assigned");
      }
    }
    return null;
  }
}

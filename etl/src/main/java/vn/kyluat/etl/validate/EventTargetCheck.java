package vn.kyluat.etl.validate;

import vn.kyluat.contract.RejectRule;
import vn.kyluat.contract.Relation;

/**
 * What an event type needs: a transfer or return names the unit it goes to; an extension names the
 * new due date.
 */
public final class EventTargetCheck implements RowCheck {
    private final int eventType = Columns.index(Relation.TASK_EVENT, "event_type");
    private final int toOrg = Columns.index(Relation.TASK_EVENT, "to_org_code");
    private final int newDueDate = Columns.index(Relation.TASK_EVENT, "new_due_date");

    @Override
    public Rejection check(Object[] values) {
        Object type = values[eventType];
        if (("transferred".equals(type) || "returned".equals(type)) && values[toOrg] == null) {
            return new Rejection(RejectRule.HANDOFF_WITHOUT_TARGET, type + " event without to_org_code");
        }
        if ("extended".equals(type) && values[newDueDate] == null) {
            return new Rejection(RejectRule.EXTENSION_WITHOUT_DATE, "extended event without new_due_date");
        }
        return null;
    }
}

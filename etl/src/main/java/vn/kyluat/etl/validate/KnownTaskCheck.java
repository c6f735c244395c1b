package vn.kyluat.etl.validate;

import java.util.Set;
import vn.kyluat.contract.RejectRule;
import vn.kyluat.contract.Relation;

/** An event belongs to a task that this source's lake holds after this run's task load. */
public final class KnownTaskCheck implements RowCheck {
    private final int taskCode = Columns.index(Relation.TASK_EVENT, "task_code");
    private final Set<String> knownTasks;

    public KnownTaskCheck(Set<String> knownTasks) {
        this.knownTasks = knownTasks;
    }

    @Override
    public Rejection check(Object[] values) {
        Object code = values[taskCode];
        if (code != null && !knownTasks.contains(code)) {
            return new Rejection(
                    RejectRule.EVENT_FOR_UNKNOWN_TASK, "task_code '" + code + "' is not a task of this source");
        }
        return null;
    }
}

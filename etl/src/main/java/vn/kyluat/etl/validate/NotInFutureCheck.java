package vn.kyluat.etl.validate;

import java.time.Duration;
import java.time.Instant;
import vn.kyluat.contract.RejectRule;
import vn.kyluat.contract.Relation;

/** An event's occurred_at is at most one day after the run started (clock skew allowed, not the future). */
public final class NotInFutureCheck implements RowCheck {
    private final int occurredAt = Columns.index(Relation.TASK_EVENT, "occurred_at");
    private final Instant latestAllowed;

    public NotInFutureCheck(Instant runStartedAt) {
        this.latestAllowed = runStartedAt.plus(Duration.ofDays(1));
    }

    @Override
    public Rejection check(Object[] values) {
        if (values[occurredAt] instanceof Instant occurred && occurred.isAfter(latestAllowed)) {
            return new Rejection(
                    RejectRule.OCCURRED_IN_FUTURE,
                    "occurred_at " + occurred + " is more than a day after the run started");
        }
        return null;
    }
}

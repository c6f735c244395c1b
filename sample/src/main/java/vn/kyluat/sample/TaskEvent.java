package vn.kyluat.sample;

import java.time.Instant;
import java.time.LocalDate;
import vn.kyluat.contract.EventType;

/** One step of a task's life as the simulator produces it, before the source numbers it. */
public record TaskEvent(
        String type, Instant occurredAt, String fromOrgCode, String toOrgCode, LocalDate newDueDate, String note) {

    /** Whether the event hands the task to {@link #toOrgCode()} (docs/metrics.md, Time, the holder). */
    public boolean changesHolder() {
        return type.equals(EventType.TRANSFERRED) || type.equals(EventType.RETURNED);
    }
}

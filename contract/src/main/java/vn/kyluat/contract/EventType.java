package vn.kyluat.contract;

import java.util.List;

/** The values of task_event.event_type (docs/contract.md): what happened to a task. */
public final class EventType {
    public static final String ASSIGNED = "assigned";
    /** Handed to another unit ({@code to_org_code}), which becomes the holder. */
    public static final String TRANSFERRED = "transferred";
    /** Handed back to the assigning unit ({@code to_org_code}), which becomes the holder. */
    public static final String RETURNED = "returned";
    /** A new due date ({@code new_due_date}). */
    public static final String EXTENDED = "extended";
    /** Referred upwards by {@code from_org_code}. */
    public static final String ESCALATED = "escalated";

    public static final String REMINDED = "reminded";
    public static final String COMPLETED = "completed";
    public static final String REOPENED = "reopened";
    public static final String CANCELLED = "cancelled";

    /** Every allowed value, in the contract's order. */
    public static final List<String> ALL =
            List.of(ASSIGNED, TRANSFERRED, RETURNED, EXTENDED, ESCALATED, REMINDED, COMPLETED, REOPENED, CANCELLED);

    private EventType() {}
}

package vn.kyluat.etl.sample;

import java.time.Instant;
import java.time.LocalDate;

/** One step of a task's life as the simulator produces it, before the source numbers it. */
public record TaskEvent(
    String type, Instant occurredAt, String fromOrgCode, String toOrgCode, LocalDate newDueDate, String note) {

  public static final String ASSIGNED = "assigned";
  public static final String TRANSFERRED = "transferred";
  public static final String RETURNED = "returned";
  public static final String EXTENDED = "extended";
  public static final String ESCALATED = "escalated";
  public static final String REMINDED = "reminded";
  public static final String COMPLETED = "completed";
  public static final String REOPENED = "reopened";
  public static final String CANCELLED = "cancelled";

  /** Whether the event hands the task to {@link #toOrgCode()} (METRICS.md §3, the holder). */
  public boolean changesHolder() {
    return type.equals(TRANSFERRED) || type.equals(RETURNED);
  }
}

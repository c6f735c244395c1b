package vn.kyluat.analytics.lake;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;

import java.time.Instant;
import java.util.Optional;
import org.apache.spark.sql.Row;
import vn.kyluat.analytics.LakeTables;
import vn.kyluat.contract.Relation;

/**
 * How far the lake's facts reach: the earliest assignment and the newest change (task.updated_at or
 * task_event.occurred_at); both empty when the lake holds no task.
 */
public record LakeTimeSpan(Optional<Instant> earliestAssignment, Optional<Instant> newestFact) {

  public static LakeTimeSpan of(LakeTables lake) {
    Row tasks = lake.get(Relation.TASK).agg(min(col("assigned_at")), max(col("updated_at"))).head();
    Row events = lake.get(Relation.TASK_EVENT).agg(max(col("occurred_at"))).head();
    Optional<Instant> newestTask = instant(tasks.get(1));
    Optional<Instant> newestEvent = instant(events.get(0));
    Optional<Instant> newest = newestTask.isEmpty() ? newestEvent
        : newestEvent.filter(e -> e.isAfter(newestTask.get())).or(() -> newestTask);
    return new LakeTimeSpan(instant(tasks.get(0)), newest);
  }

  /** Spark hands timestamps over as java.sql.Timestamp, or Instant with the java8 API enabled. */
  private static Optional<Instant> instant(Object value) {
    if (value instanceof java.sql.Timestamp timestamp) {
      return Optional.of(timestamp.toInstant());
    }
    return Optional.ofNullable((Instant) value);
  }
}

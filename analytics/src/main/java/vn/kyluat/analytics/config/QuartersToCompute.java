package vn.kyluat.analytics.config;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.kyluat.contract.Quarter;

/**
 * Which quarters to compute. Without a configured bound: from the quarter of the earliest
 * assignment in the lake to the last quarter that ended at or before the lake's newest fact, so a
 * quarter still in progress is never published as if complete.
 */
public final class QuartersToCompute {
    private QuartersToCompute() {}

    /**
     * @param earliestAssignment the earliest task.assigned_at in the lake, empty when it holds no task
     * @param newestFact the latest task.updated_at or task_event.occurred_at, empty when it holds none
     */
    public static List<Quarter> resolve(
            Optional<Quarter> from,
            Optional<Quarter> to,
            Optional<Instant> earliestAssignment,
            Optional<Instant> newestFact) {
        Quarter first = from.or(() -> earliestAssignment.map(Quarter::of))
                .orElseThrow(() -> new IllegalStateException(
                        "the lake holds no task, so there is no first quarter; give --from and --to"));
        Quarter last = to.or(() -> newestFact.map(newest -> Quarter.of(newest).previous()))
                .orElseThrow(() ->
                        new IllegalStateException("the lake holds no task, so there is no last quarter; give --to"));
        if (first.compareTo(last) > 0) {
            throw new IllegalStateException("no complete quarter to compute: from " + first + " to " + last
                    + (to.isEmpty()
                            ? " (the lake's newest fact is in " + last.next() + ", which has not ended); give --to"
                            : ""));
        }
        return Quarter.range(first, last);
    }
}

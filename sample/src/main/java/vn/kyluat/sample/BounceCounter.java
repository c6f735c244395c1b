package vn.kyluat.sample;

import java.util.List;
import java.util.Set;
import vn.kyluat.contract.EventType;
import vn.kyluat.contract.Quarter;

/**
 * Counts, for the watched organisations, the bounces of docs/metrics.md that one task contributes:
 * {@code returned} events out of o in quarter q, and {@code transferred} events out of o in q after
 * which the task is held by o again before qe. Events of a task cancelled before qe do not count.
 */
final class BounceCounter {
    enum Kind {
        RETURN,
        REVERSED_TRANSFER
    }

    interface Sink {
        void bounce(String orgCode, Quarter quarter, Kind kind);
    }

    private BounceCounter() {}

    static void count(SimulatedTask task, Set<String> watched, Sink sink) {
        List<TaskEvent> events = task.events();
        for (int i = 0; i < events.size(); i++) {
            TaskEvent e = events.get(i);
            if (!e.changesHolder() || !watched.contains(e.fromOrgCode())) {
                continue;
            }
            Quarter quarter = Quarter.of(e.occurredAt());
            if (task.task().cancelledAt() != null && task.task().cancelledAt().isBefore(quarter.asOf())) {
                continue;
            }
            if (e.type().equals(EventType.RETURNED)) {
                sink.bounce(e.fromOrgCode(), quarter, Kind.RETURN);
            } else if (comesBack(events, i, quarter)) {
                sink.bounce(e.fromOrgCode(), quarter, Kind.REVERSED_TRANSFER);
            }
        }
    }

    private static boolean comesBack(List<TaskEvent> events, int transfer, Quarter quarter) {
        String from = events.get(transfer).fromOrgCode();
        for (int j = transfer + 1; j < events.size(); j++) {
            TaskEvent e = events.get(j);
            if (!e.occurredAt().isBefore(quarter.asOf())) {
                return false;
            }
            if (e.changesHolder() && from.equals(e.toOrgCode())) {
                return true;
            }
        }
        return false;
    }
}

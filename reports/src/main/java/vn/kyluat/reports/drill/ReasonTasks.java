package vn.kyluat.reports.drill;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import vn.kyluat.contract.Mart;
import vn.kyluat.contract.Metric;
import vn.kyluat.contract.TaskOutcome;
import vn.kyluat.reports.marts.MartRow;

/**
 * The tasks behind each watch reason of docs/metrics.md, as parts of the drill-down lists: a low
 * on-time rate (below_peers, late_two_quarters) is made of the quarter's tasks that were not done
 * on time, still open or completed late; an aged backlog of the tasks overdue more than 90 days;
 * overdue findings of the findings themselves. A reason without an entry here has no task list.
 */
final class ReasonTasks {
    /** Part of a drill-down list: the rows of {@code list} that {@code keeps} keeps. */
    record Part(DrillList list, Predicate<MartRow> keeps) {}

    private static final List<Part> NOT_ON_TIME = List.of(
            new Part(DrillList.OVERDUE, r -> TaskOutcome.of(r.get(Mart.OUTCOME)) == TaskOutcome.OVERDUE_OPEN),
            new Part(DrillList.LATE, r -> true));
    private static final Map<String, List<Part>> BY_REASON = Map.of(
            "below_peers",
            NOT_ON_TIME,
            "late_two_quarters",
            NOT_ON_TIME,
            "aged_backlog",
            List.of(new Part(DrillList.OVERDUE, r -> r.getLong(Mart.DAYS_OVERDUE) > Metric.AGED_BACKLOG_AFTER_DAYS)),
            "findings_overdue",
            List.of(new Part(DrillList.FINDINGS, r -> true)));

    private ReasonTasks() {}

    static List<Part> of(String reason) {
        return BY_REASON.getOrDefault(reason, List.of());
    }
}

package vn.kyluat.contract;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which way a figure should move: more on-time work is better, less backlog is better, and some
 * figures (tasks due, members, discipline) are context, neither good nor bad in themselves.
 */
public enum MetricDirection {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER,
    NEUTRAL;

    private static final Set<Metric> HIGHER = EnumSet.of(
            Metric.DONE_ON_TIME,
            Metric.ON_TIME_RATE,
            Metric.COMPLETION_RATE,
            Metric.STRICT_ON_TIME_RATE,
            Metric.URGENT_DONE,
            Metric.FINDINGS_REMEDIED_ON_TIME,
            Metric.REMEDIATION_ON_TIME_RATE,
            Metric.SHRUNK_ON_TIME_RATE,
            Metric.ON_TIME_CI_LOW,
            Metric.ON_TIME_CI_HIGH,
            Metric.RESPONSIBILITY_INDEX,
            Metric.QOQ_ON_TIME_CHANGE,
            Metric.PEER_POOLED_ON_TIME_RATE);
    private static final Set<Metric> LOWER = EnumSet.of(
            Metric.DONE_LATE,
            Metric.OVERDUE_OPEN,
            Metric.EXTENDED_TASKS,
            Metric.EXTENDED_SHARE,
            Metric.MULTI_EXTENDED_TASKS,
            Metric.LATE_DELAY_MEDIAN_DAYS,
            Metric.LATE_DELAY_P90_DAYS,
            Metric.BACKLOG_OVERDUE,
            Metric.BACKLOG_1_30,
            Metric.BACKLOG_31_90,
            Metric.BACKLOG_91_180,
            Metric.BACKLOG_OVER_180,
            Metric.RETURNS_OUT,
            Metric.REVERSED_TRANSFERS,
            Metric.BOUNCE_RATE,
            Metric.ESCALATIONS_WITHIN,
            Metric.ESCALATION_AVOIDANCE_RATE,
            Metric.URGENT_MEDIAN_HOURS,
            Metric.FINDINGS_OPEN_OVERDUE,
            Metric.PEER_RANK);

    public static MetricDirection of(Metric metric) {
        return HIGHER.contains(metric) ? HIGHER_IS_BETTER : LOWER.contains(metric) ? LOWER_IS_BETTER : NEUTRAL;
    }

    /** +1 when a rise is good, −1 when a fall is good, 0 when neither. */
    public int sign() {
        return switch (this) {
            case HIGHER_IS_BETTER -> 1;
            case LOWER_IS_BETTER -> -1;
            case NEUTRAL -> 0;
        };
    }
}

package vn.kyluat.analytics.peers;

/**
 * The configurable thresholds of the watch list (version 2 of the definitions).
 *
 * @param lateShrunkBelow late_two_quarters: shrunk_on_time_rate below this in the quarter and the one before
 * @param agedBacklogAbove aged_backlog: (backlog_91_180 + backlog_over_180) / (tasks_due + backlog_overdue) above this
 * @param findingsOverdueAtLeast findings_overdue: findings_open_overdue at least this
 */
public record WatchThresholds(double lateShrunkBelow, double agedBacklogAbove, long findingsOverdueAtLeast) {
    public static final WatchThresholds DEFAULTS = new WatchThresholds(0.70, 0.30, 2);
}

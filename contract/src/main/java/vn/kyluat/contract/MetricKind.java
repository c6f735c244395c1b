package vn.kyluat.contract;

/** How a metric's value is typed in the marts and formatted in reports. */
public enum MetricKind {
    /** A whole number (long). */
    COUNT,
    /** A share between 0 and 1 (double); shown as a percentage. */
    RATE,
    /** A difference of two rates (double); shown in percentage points. */
    RATE_CHANGE,
    /** A number of days (double, percentiles may be fractional). */
    DAYS,
    /** A number of hours (double). */
    HOURS,
    /** A count per 100 members (double). */
    PER_100,
    /** An index between 0 and 100 (double). */
    INDEX,
    /** A rank within a peer group, 1 = best (int). */
    RANK,
    /** A label or flag text (string). */
    TEXT,
    /** A yes/no flag (boolean). */
    FLAG
}

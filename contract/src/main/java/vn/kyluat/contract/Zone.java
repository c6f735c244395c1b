package vn.kyluat.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The one time zone of the contract. Vietnam has kept UTC+07:00 without daylight saving since
 * 1975, so a fixed offset is exact and never depends on the JVM's default zone or tz database.
 */
public final class Zone {
    public static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    public static final String VIETNAM_ID = "+07:00";

    private Zone() {}

    /** {@code date(x)} of docs/metrics.md, Time: the local calendar date of an instant. */
    public static LocalDate localDate(Instant instant) {
        return LocalDate.ofInstant(instant, VIETNAM);
    }

    /** Local midnight at the start of a day, as an instant. */
    public static Instant startOfDay(LocalDate day) {
        return day.atStartOfDay().toInstant(VIETNAM);
    }
}

package vn.kyluat.reports.marts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Dates and instants as the marts' CSV writes them: dates {@code yyyy-MM-dd}; instants ISO-8601
 * with an offset, either UTC ({@code 2024-07-01T01:30:00Z}) or local ({@code 2024-07-01T08:30:00+07:00}).
 */
public final class MartTimes {
    private MartTimes() {}

    public static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new MartException("'" + text + "' is not an ISO-8601 instant with an offset");
        }
    }

    public static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new MartException("'" + text + "' is not a date like 2024-09-30");
        }
    }
}

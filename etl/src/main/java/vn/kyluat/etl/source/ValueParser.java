package vn.kyluat.etl.source;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import vn.kyluat.contract.ColumnType;
import vn.kyluat.contract.Zone;

/**
 * Reads a field's text as its column's type: dates {@code yyyy-MM-dd} or {@code dd/MM/yyyy};
 * ISO-8601 timestamps, local time (+07:00) when they carry no offset, or {@code dd/MM/yyyy
 * HH:mm[:ss]} local time; whole numbers; booleans. A text that does not parse comes back as {@link Malformed}, never as an exception.
 */
public final class ValueParser {
    private static final DateTimeFormatter ISO_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter VIETNAMESE_DATE =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter VIETNAMESE_TIMESTAMP =
            DateTimeFormatter.ofPattern("d/M/uuuu H:mm[:ss]").withResolverStyle(ResolverStyle.STRICT);
    private static final String TIMESTAMP_FORMS = "a timestamp (ISO-8601, or dd/MM/yyyy HH:mm[:ss] local time)";
    private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral('T')
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart()
            .appendPattern("[XXX][XX][X]")
            .optionalEnd()
            .toFormatter(Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    private ValueParser() {}

    /** The typed value of {@code text} (never empty: empty fields are null before this). */
    public static Object parse(ColumnType type, String text) {
        String t = text.trim();
        return switch (type) {
            case TEXT -> text;
            case DATE -> date(t);
            case TIMESTAMP -> timestamp(t);
            case BIGINT -> bigint(t);
            case BOOLEAN -> bool(t);
        };
    }

    private static Object date(String t) {
        try {
            return LocalDate.parse(t, t.indexOf('/') >= 0 ? VIETNAMESE_DATE : ISO_DATE);
        } catch (DateTimeParseException e) {
            return new Malformed(t, "a date (yyyy-MM-dd or dd/MM/yyyy)");
        }
    }

    private static Object timestamp(String t) {
        if (t.indexOf('/') >= 0) {
            return vietnameseTimestamp(t);
        }
        // PostgreSQL's text form writes a space between date and time; ISO-8601 a 'T'.
        String iso = t.length() > 10 && t.charAt(10) == ' ' ? t.substring(0, 10) + 'T' + t.substring(11) : t;
        try {
            TemporalAccessor parsed = TIMESTAMP.parse(iso);
            LocalDateTime local = LocalDateTime.from(parsed);
            return parsed.isSupported(java.time.temporal.ChronoField.OFFSET_SECONDS)
                    ? Instant.from(parsed)
                    : local.toInstant(Zone.VIETNAM);
        } catch (DateTimeParseException e) {
            return new Malformed(t, TIMESTAMP_FORMS);
        }
    }

    /** {@code 30/09/2025 23:30[:15]}, as spreadsheets write local time. */
    private static Object vietnameseTimestamp(String t) {
        try {
            return LocalDateTime.parse(t, VIETNAMESE_TIMESTAMP).toInstant(Zone.VIETNAM);
        } catch (DateTimeParseException e) {
            return new Malformed(t, TIMESTAMP_FORMS);
        }
    }

    private static Object bigint(String t) {
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            return new Malformed(t, "a whole number");
        }
    }

    private static Object bool(String t) {
        return switch (t.toLowerCase(Locale.ROOT)) {
            case "true", "t", "1", "yes", "y" -> true;
            case "false", "f", "0", "no", "n" -> false;
            default -> new Malformed(t, "a boolean: one of [true, false, t, f, 1, 0, yes, no, y, n], any case");
        };
    }
}

package vn.kyluat.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The CSV codec of the marts' exports, written once: analytics writes every export with it, and
 * reports (and the report benchmark's synthetic marts) read and write with the same dialect. The dialect (docs/metrics.md, the other marts, RFC 4180): comma-separated, CRLF line ends, a field
 * quoted only when it holds a comma, a quote or a line break (quotes doubled), empty for null.
 * Numbers are written in full, never in scientific notation and never rounded: a double is its
 * shortest exact decimal ({@code 0.1}, {@code 0.00001}, {@code 100}). Dates are {@code yyyy-MM-dd};
 * instants are local time with the offset, {@code 2024-07-01T08:30:00+07:00}.
 */
public final class MartCsv {
    public static final String LINE_END = "\r\n";
    public static final char DELIMITER = ',';
    public static final char QUOTE = '"';
    private static final DateTimeFormatter LOCAL_INSTANT = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private MartCsv() {}

    public static String line(List<?> values) {
        return record(values) + LINE_END;
    }

    /** A line without its end. */
    public static String record(List<?> values) {
        return values.stream().map(MartCsv::field).collect(Collectors.joining(String.valueOf(DELIMITER)));
    }

    public static String field(Object value) {
        if (value == null) {
            return "";
        } else if (value instanceof Double d) {
            return decimal(d);
        } else if (value instanceof Float f) {
            return decimal(f.doubleValue());
        } else if (value instanceof BigDecimal d) {
            return d.toPlainString();
        } else if (value instanceof Instant instant) {
            return LOCAL_INSTANT.format(instant.atOffset(Zone.VIETNAM));
        } else if (value instanceof java.sql.Timestamp timestamp) {
            return field(timestamp.toInstant());
        } else if (value instanceof java.sql.Date date) {
            // Spark builds java.sql.Date in the JVM's zone and toLocalDate reads it back in the same zone.
            return date.toLocalDate().toString();
        }
        return quoted(value.toString());
    }

    private static String decimal(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String quoted(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}

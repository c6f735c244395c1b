package vn.kyluat.sample;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import vn.kyluat.contract.Zone;

/** Fast text forms of dates and instants, always in Vietnam's local time (no default zone, no formatter). */
final class ValueText {
    private ValueText() {}

    /** {@code 2025-03-07} */
    static void isoDate(LocalDate d, StringBuilder out) {
        pad(d.getYear(), 4, out).append('-');
        pad(d.getMonthValue(), 2, out).append('-');
        pad(d.getDayOfMonth(), 2, out);
    }

    /** {@code 07/03/2025}, as Vietnamese spreadsheets write dates. */
    static void vietnameseDate(LocalDate d, StringBuilder out) {
        pad(d.getDayOfMonth(), 2, out).append('/');
        pad(d.getMonthValue(), 2, out).append('/');
        pad(d.getYear(), 4, out);
    }

    /** The local date and time at +07:00, {@code 2025-03-07T09:15:00} with {@code separator} 'T'. */
    static void localDateTime(Instant instant, char separator, StringBuilder out) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, Zone.VIETNAM);
        isoDate(t.toLocalDate(), out);
        out.append(separator);
        pad(t.getHour(), 2, out).append(':');
        pad(t.getMinute(), 2, out).append(':');
        pad(t.getSecond(), 2, out);
    }

    private static StringBuilder pad(int value, int width, StringBuilder out) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            out.append('0');
        }
        return out.append(digits);
    }
}

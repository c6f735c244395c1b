package vn.kyluat.contract;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The encoding of task_quarter_facts.handoff_history: a task's transfers and returns before the
 * quarter's end, oldest first, as {@code <local date> <event type> <from>→<to>} joined by {@code "; "},
 * e.g. {@code 2025-03-12 transferred G001-C03→G001-C07; 2025-04-02 returned G001-C07→G001-C03}. The
 * date is the event's local (+07:00) date (ISO), the type {@link EventType#TRANSFERRED} or {@link
 * EventType#RETURNED}, the codes as the event records them ({@code from} empty when it has none).
 * Empty (null) when the task had no transfer or return by then. Analytics writes it, the reports read
 * it back through {@link #parse}: one definition for both.
 */
public final class HandoffHistory {
    public static final String SEPARATOR = "; ";
    public static final String ARROW = "→";

    /** One transfer or return. */
    public record Entry(LocalDate day, String type, String fromOrg, String toOrg) {
        public boolean returned() {
            return EventType.RETURNED.equals(type);
        }

        void appendTo(StringBuilder out) {
            out.append(day)
                    .append(' ')
                    .append(type)
                    .append(' ')
                    .append(fromOrg == null ? "" : fromOrg)
                    .append(ARROW)
                    .append(toOrg == null ? "" : toOrg);
        }
    }

    private HandoffHistory() {}

    /** The column's value for {@code entries} in history order; null when there are none. */
    public static String encode(List<Entry> entries) {
        if (entries.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder(entries.size() * 48);
        for (Entry entry : entries) {
            if (out.length() > 0) {
                out.append(SEPARATOR);
            }
            entry.appendTo(out);
        }
        return out.toString();
    }

    /** The entries of a value of the column (empty for null or blank); IllegalArgumentException when malformed. */
    public static List<Entry> parse(String value) {
        List<Entry> entries = new ArrayList<>();
        if (value == null || value.isBlank()) {
            return entries;
        }
        for (String part : value.split(SEPARATOR)) {
            String[] fields = part.trim().split(" ", 3);
            int arrow = fields.length == 3 ? fields[2].indexOf(ARROW) : -1;
            if (arrow < 0 || !(EventType.TRANSFERRED.equals(fields[1]) || EventType.RETURNED.equals(fields[1]))) {
                throw new IllegalArgumentException("malformed hand-off '" + part + "'");
            }
            try {
                String from = fields[2].substring(0, arrow);
                entries.add(new Entry(
                        LocalDate.parse(fields[0]),
                        fields[1],
                        from.isEmpty() ? null : from,
                        fields[2].substring(arrow + ARROW.length())));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("malformed hand-off date '" + part + "'", e);
            }
        }
        return entries;
    }
}

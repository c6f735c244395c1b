package vn.kyluat.contract;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rejected record as a board-level output may show it: every value of a personal field of its
 * raw values (person code, full name, assignee) is masked wherever it appears: in the raw values,
 * in the record key (a staff record's key is its person code) and in the rule's detail. The
 * analytics stage masks the {@code rejects} mart so; reports mask again what they show, for sets
 * published before it did.
 */
public final class RejectRedaction {
    public static final String MASK = "•••";

    /** One {@code "field":"value"} pair of the flat JSON object the lake stores as raw_values. */
    private static final Pattern FIELD = Pattern.compile("\"([^\"\\\\]+)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** The masked texts of one rejected record. */
    public record Shown(String recordKey, String detail, String rawValues) {}

    private RejectRedaction() {}

    public static Shown of(String recordKey, String detail, String rawValues) {
        Set<String> personal = personalValues(rawValues);
        return new Shown(mask(recordKey, personal), mask(detail, personal), mask(rawValues, personal));
    }

    /** The values of the personal fields, as stored (JSON-escaped) and as read. */
    static Set<String> personalValues(String rawValues) {
        Set<String> values = new LinkedHashSet<>();
        if (rawValues == null) {
            return values;
        }
        Matcher field = FIELD.matcher(rawValues);
        while (field.find()) {
            if (PersonalData.isPersonal(field.group(1)) && !field.group(2).isBlank()) {
                values.add(field.group(2));
                values.add(unescape(field.group(2)));
            }
        }
        return values;
    }

    private static String mask(String text, Set<String> personal) {
        if (text == null) {
            return null;
        }
        String masked = text;
        for (String value : personal) {
            masked = masked.replace(value, MASK);
        }
        return masked;
    }

    private static String unescape(String json) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c != '\\' || i + 1 >= json.length()) {
                out.append(c);
                continue;
            }
            char next = json.charAt(++i);
            if (next == 'u' && i + 4 < json.length()) {
                out.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                i += 4;
            } else {
                out.append(
                        switch (next) {
                            case 'n' -> '\n';
                            case 't' -> '\t';
                            case 'r' -> '\r';
                            default -> next;
                        });
            }
        }
        return out.toString();
    }
}

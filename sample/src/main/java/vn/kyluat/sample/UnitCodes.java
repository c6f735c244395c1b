package vn.kyluat.sample;

/**
 * The record codes of one task unit, handed out in generation order: task codes {@code A-0000001},
 * event ids 1, 2, 3 … (unique and increasing within the source), findings {@code A-KL000001},
 * discipline actions {@code A-KD000001}.
 */
final class UnitCodes {
    private final String tag;
    private long tasks;
    private long events;
    private long findings;
    private long actions;

    UnitCodes(String tag) {
        this.tag = tag;
    }

    String nextTaskCode() {
        return tag + "-" + digits(++tasks, 7);
    }

    /** A task code no task of the unit will ever have. */
    String unknownTaskCode() {
        return tag + "-X" + digits(++tasks, 7);
    }

    long nextEventId() {
        return ++events;
    }

    String nextFindingCode() {
        return tag + "-KL" + digits(++findings, 6);
    }

    String nextActionCode() {
        return tag + "-KD" + digits(++actions, 6);
    }

    /** Zero-padded, without String.format: task codes are made millions of times. */
    private static String digits(long value, int width) {
        String text = Long.toString(value);
        return text.length() >= width ? text : "0".repeat(width - text.length()) + text;
    }
}

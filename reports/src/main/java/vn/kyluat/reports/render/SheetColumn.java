package vn.kyluat.reports.render;

import java.util.function.Function;
import vn.kyluat.contract.MetricKind;

/**
 * One column of a spreadsheet: its heading, how its cells are typed and formatted, how wide it
 * is (in characters) and how a row yields its value (null for an empty cell).
 */
public record SheetColumn<T>(String header, Type type, int width, Function<T, Object> value) {

    /** Cell types, each with its Excel number format. */
    public enum Type {
        TEXT("@"),
        INTEGER("#,##0"),
        DECIMAL("#,##0.0"),
        PERCENT("0.0%"),
        /** A change of a share in percentage points: the cell holds points (2.5 for +2.5 pp), signed. */
        POINTS("+0.0;-0.0;0.0"),
        DATE("dd/mm/yyyy"),
        DATE_TIME("dd/mm/yyyy hh:mm"),
        BOOLEAN("General");

        final String format;

        Type(String format) {
            this.format = format;
        }

        public static Type of(MetricKind kind) {
            return switch (kind) {
                case COUNT, RANK -> INTEGER;
                case RATE -> PERCENT;
                case RATE_CHANGE -> POINTS;
                case DAYS, HOURS, PER_100, INDEX -> DECIMAL;
                case FLAG -> BOOLEAN;
                case TEXT -> TEXT;
            };
        }
    }

    public static <T> SheetColumn<T> text(String header, int width, Function<T, Object> value) {
        return new SheetColumn<>(header, Type.TEXT, width, value);
    }

    public static <T> SheetColumn<T> of(String header, Type type, Function<T, Object> value) {
        return new SheetColumn<>(header, type, type == Type.TEXT ? 16 : 13, value);
    }
}

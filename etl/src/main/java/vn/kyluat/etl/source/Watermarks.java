package vn.kyluat.etl.source;

import java.time.Instant;
import vn.kyluat.contract.ColumnType;
import vn.kyluat.contract.Relation;
import vn.kyluat.etl.config.ExtractTuning;

/**
 * The incremental watermark of a relation ({@code updated_at} of tasks, {@code event_id} of events)
 * as a typed value and as the text stored in the {@code _current} pointer.
 */
public final class Watermarks {
    private Watermarks() {}

    public static ColumnType type(Relation relation) {
        return relation.column(relation.watermarkColumn().orElseThrow()).type();
    }

    /** The typed watermark of the pointer text; null when there is none. */
    public static Comparable<?> parse(Relation relation, String text) {
        if (text == null || relation.watermarkColumn().isEmpty()) {
            return null;
        }
        return switch (type(relation)) {
            case TIMESTAMP -> Instant.parse(text);
            case BIGINT -> Long.parseLong(text);
            default -> throw new IllegalStateException("no watermark of type " + type(relation));
        };
    }

    public static String format(Object watermark) {
        return watermark == null ? null : watermark.toString();
    }

    /** The later of two watermarks of the same type; either may be null. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Object max(Object a, Object b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return ((Comparable) a).compareTo(b) >= 0 ? a : b;
    }

    /** The watermark a window before this one: {@code lookback} before a time, {@code event_lookback} ids before an id. */
    public static Object behind(Object watermark, ExtractTuning tuning) {
        if (watermark instanceof Instant instant) {
            return instant.minus(tuning.lookback());
        }
        if (watermark instanceof Long id) {
            return id - tuning.eventLookback();
        }
        throw new IllegalArgumentException(
                "no watermark of type " + watermark.getClass().getSimpleName());
    }

    /** Whether a typed value is a usable watermark (not null, not malformed). */
    public static boolean isWatermark(Object value) {
        return value instanceof Instant || value instanceof Long;
    }
}

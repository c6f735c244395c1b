package vn.kyluat.etl.source;

import java.util.Optional;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import vn.kyluat.contract.CurrentVersion;
import vn.kyluat.contract.Relation;
import vn.kyluat.etl.config.ExtractTuning;

/**
 * How a relation is read in this run: incrementally, or whole. An incremental read starts a window
 * behind the published watermark ({@code readAfter}), so rows committed late with an earlier
 * watermark are read too; rows of that window the lake already holds are skipped ({@link
 * LoadedWindow}). Decided once when its step first starts and kept in the step's context, so a
 * restart reads the same way.
 */
public record ExtractionPlan(boolean incremental, String watermarkBefore, String readAfter) {
    /** The mode of an incremental read, as the manifest names it. */
    public static final String INCREMENTAL = "incremental";
    /** A read of every row, as a first load, a relation without watermark or {@code --full} reads. */
    public static final ExtractionPlan WHOLE = new ExtractionPlan(false, null, null);

    private static final String MODE = "plan.mode";
    private static final String WATERMARK_BEFORE = "plan.watermark_before";
    private static final String READ_AFTER = "plan.read_after";

    /** Incremental when the relation has a watermark and the lake holds a version complete up to one. */
    public static ExtractionPlan decide(Relation relation, Optional<CurrentVersion> current, ExtractTuning tuning) {
        String watermark = current.map(CurrentVersion::watermark).orElse(null);
        if (relation.watermarkColumn().isEmpty() || watermark == null) {
            return WHOLE;
        }
        return new ExtractionPlan(
                true, watermark, Watermarks.format(Watermarks.behind(Watermarks.parse(relation, watermark), tuning)));
    }

    public static boolean isStored(ExecutionContext context) {
        return context.containsKey(MODE);
    }

    public static ExtractionPlan from(ExecutionContext context) {
        if (!isStored(context)) {
            throw new IllegalStateException("no extraction plan in the step context");
        }
        String watermarkBefore = optional(context, WATERMARK_BEFORE);
        // A step begun before read windows existed has no read start: it reads past its watermark.
        String readAfter = context.containsKey(READ_AFTER) ? context.getString(READ_AFTER) : watermarkBefore;
        return new ExtractionPlan(INCREMENTAL.equals(context.getString(MODE)), watermarkBefore, readAfter);
    }

    private static String optional(ExecutionContext context, String key) {
        return context.containsKey(key) ? context.getString(key) : null;
    }

    public void store(ExecutionContext context) {
        context.putString(MODE, mode());
        if (watermarkBefore != null) {
            context.putString(WATERMARK_BEFORE, watermarkBefore);
            context.putString(READ_AFTER, readAfter);
        }
    }

    public String mode() {
        return incremental ? INCREMENTAL : "full";
    }

    /** The typed watermark the published version is complete up to, or null. */
    public Object watermark(Relation relation) {
        return incremental ? Watermarks.parse(relation, watermarkBefore) : null;
    }

    /** The typed watermark rows must be past (the published one less the window), or null to read everything. */
    public Object readAfter(Relation relation) {
        return incremental ? Watermarks.parse(relation, readAfter) : null;
    }
}

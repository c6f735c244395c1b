package vn.kyluat.etl.source;

import java.util.Optional;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import vn.kyluat.contract.CurrentVersion;
import vn.kyluat.contract.Relation;

/**
 * How a relation is read in this run: incrementally past the published watermark, or whole. Decided
 * once when its step first starts and kept in the step's context, so a restart reads the same way.
 */
public record ExtractionPlan(boolean incremental, String watermarkBefore) {
  private static final String MODE = "plan.mode";
  private static final String WATERMARK_BEFORE = "plan.watermark_before";

  /** Incremental when the relation has a watermark and the lake holds a version complete up to one. */
  public static ExtractionPlan decide(Relation relation, Optional<CurrentVersion> current) {
    String watermark = current.map(CurrentVersion::watermark).orElse(null);
    boolean incremental = relation.watermarkColumn().isPresent() && watermark != null;
    return new ExtractionPlan(incremental, incremental ? watermark : null);
  }

  public static boolean isStored(ExecutionContext context) {
    return context.containsKey(MODE);
  }

  public static ExtractionPlan from(ExecutionContext context) {
    if (!isStored(context)) {
      throw new IllegalStateException("no extraction plan in the step context");
    }
    return new ExtractionPlan("incremental".equals(context.getString(MODE)), (context.containsKey(WATERMARK_BEFORE) ? context.getString(WATERMARK_BEFORE) : null));
  }

  public void store(ExecutionContext context) {
    context.putString(MODE, mode());
    if (watermarkBefore != null) {
      context.putString(WATERMARK_BEFORE, watermarkBefore);
    }
  }

  public String mode() {
    return incremental ? "incremental" : "full";
  }

  /** The typed watermark rows must be past, or null to read everything. */
  public Object watermark(Relation relation) {
    return incremental ? Watermarks.parse(relation, watermarkBefore) : null;
  }
}

package vn.kyluat.etl.job;

import java.util.Map;
import java.util.TreeMap;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import vn.kyluat.contract.RejectRule;
import vn.kyluat.etl.source.Watermarks;

/**
 * What an extraction step has committed so far: rows written (the offset of the next part), rows
 * accepted, rejections by rule, and the highest watermark read. Kept in the step's context.
 */
final class ExtractCounts {
    private static final String OFFSET = "writer.offset";
    private static final String ACCEPTED = "writer.accepted";
    private static final String REJECTED_PREFIX = "writer.rejected.";
    private static final String WATERMARK = "writer.watermark";

    private long offset;
    private long accepted;
    private final Map<String, Long> rejectedByRule = new TreeMap<>();
    private Object watermark;

    static ExtractCounts from(ExecutionContext context) {
        ExtractCounts counts = new ExtractCounts();
        counts.offset = context.getLong(OFFSET, 0);
        counts.accepted = context.getLong(ACCEPTED, 0);
        for (RejectRule rule : RejectRule.values()) {
            long n = context.getLong(REJECTED_PREFIX + rule.code(), 0);
            if (n > 0) {
                counts.rejectedByRule.put(rule.code(), n);
            }
        }
        counts.watermark = context.get(WATERMARK);
        return counts;
    }

    void store(ExecutionContext context) {
        context.putLong(OFFSET, offset);
        context.putLong(ACCEPTED, accepted);
        rejectedByRule.forEach((rule, n) -> context.putLong(REJECTED_PREFIX + rule, n));
        if (watermark != null) {
            context.put(WATERMARK, watermark);
        }
    }

    void reject(RejectRule rule) {
        rejectedByRule.merge(rule.code(), 1L, Long::sum);
    }

    void advance(int rows, int acceptedRows, Object chunkWatermark) {
        offset += rows;
        accepted += acceptedRows;
        watermark = Watermarks.max(watermark, chunkWatermark);
    }

    long offset() {
        return offset;
    }

    long accepted() {
        return accepted;
    }

    long rejected() {
        return rejectedByRule.values().stream().mapToLong(Long::longValue).sum();
    }

    Map<String, Long> rejectedByRule() {
        return rejectedByRule;
    }

    /** The highest watermark read, as the pointer stores it; null when none was read. */
    String watermark() {
        return Watermarks.format(watermark);
    }
}

package vn.kyluat.contract.manifest;

import java.util.List;

/**
 * What the run did with one source; {@code error} says why it failed or, for a PARTIAL source, what
 * was held back or rejected past its limit.
 */
public record SourceReport(String sourceId, String type, String status, String error, List<RelationReport> relations) {
    public static final String COMPLETED = "COMPLETED";
    /** Read and published, except what a guard held back or flagged (a shrink, too many rejects). */
    public static final String PARTIAL = "PARTIAL";

    public static final String FAILED = "FAILED";

    public SourceReport {
        relations = List.copyOf(relations);
    }

    public boolean completed() {
        return COMPLETED.equals(status);
    }

    public boolean failed() {
        return FAILED.equals(status);
    }
}

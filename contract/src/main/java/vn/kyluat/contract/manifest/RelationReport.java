package vn.kyluat.contract.manifest;

import java.util.Map;
import java.util.TreeMap;

/**
 * What the run did with one relation of one source. read = accepted + rejected, always; {@code
 * deleted} counts the published rows the key census no longer found in the source, which left the
 * lake (not read, so not in that sum); {@code censusSeconds} is the part of {@code seconds} the
 * census took, {@code censusKeysRead} the keys it read from the source (every key, only those of the key
 * buckets whose figures differed, or none). {@code status} is COMPLETED, FAILED or {@link #HELD_BACK}.
 */
public record RelationReport(
        String relation,
        String status,
        String mode,
        String watermarkBefore,
        String watermarkAfter,
        long read,
        long accepted,
        long rejected,
        Map<String, Long> rejectedByRule,
        long deleted,
        String version,
        double seconds,
        double censusSeconds,
        long censusKeysRead) {

    /** The status of a relation the unit does not keep: read as empty, nothing published. */
    public static final String NOT_KEPT = "NOT_KEPT";

    public static RelationReport notKept(String relation) {
        return new RelationReport(relation, NOT_KEPT, "not_kept", null, null, 0, 0, 0, Map.of(), 0, null, 0, 0, 0);
    }

    /** Not published: it would have shrunk the published version past max_shrink (a whole reload, or the deletions a key census found). */
    public static final String HELD_BACK = "HELD_BACK";

    public RelationReport {
        // A manifest of an earlier etl may have no counts per rule.
        rejectedByRule = rejectedByRule == null ? new TreeMap<>() : new TreeMap<>(rejectedByRule);
        if (read != accepted + rejected) {
            throw new IllegalStateException(
                    relation + ": read " + read + " rows but accepted " + accepted + " and rejected " + rejected);
        }
    }
}

package vn.kyluat.etl.manifest;

import java.util.Map;
import java.util.TreeMap;

/**
 * What the run did with one relation of one source. read = accepted + rejected, always. {@code
 * status} is COMPLETED, FAILED or {@link #HELD_BACK}.
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
    String version,
    double seconds) {

  /** The status of a relation the unit does not keep: read as empty, nothing published. */
  public static final String NOT_KEPT = "NOT_KEPT";

  public static RelationReport notKept(String relation) {
    return new RelationReport(relation, NOT_KEPT, "not_kept", null, null, 0, 0, 0, Map.of(), null, 0);
  }

  /** Read whole but not published: it would have shrunk the published version past max_shrink. */
  public static final String HELD_BACK = "HELD_BACK";

  public RelationReport {
    rejectedByRule = new TreeMap<>(rejectedByRule);
    if (read != accepted + rejected) {
      throw new IllegalStateException(
          relation + ": read " + read + " rows but accepted " + accepted + " and rejected " + rejected);
    }
  }
}

package vn.kyluat.etl.job;

import java.util.Optional;
import vn.kyluat.contract.LakeLayout;
import vn.kyluat.contract.Relation;
import vn.kyluat.etl.config.ExtractConfig;
import vn.kyluat.etl.config.ExtractGuards;

/**
 * The two limits that keep a run from ending COMPLETED when its data looks wrong, and what they
 * say: a whole reload that shrinks a published relation past {@code max_shrink} is held back (an
 * empty export must not replace published data); a relation whose rejected share passes
 * {@code max_rejected_share} makes its source PARTIAL.
 */
final class RunGuards {
  private final ExtractConfig config;

  RunGuards(ExtractConfig config) {
    this.config = config;
  }

  /** Why a whole reload of {@code newRows} must not replace a published version of {@code publishedRows}; empty to publish. */
  Optional<String> shrinkRefusal(String sourceId, Relation relation, long publishedRows, long newRows) {
    ExtractGuards limits = config.guards();
    if (config.acceptShrink().contains(sourceId) || publishedRows == 0) {
      return Optional.empty();
    }
    double shrink = (publishedRows - newRows) / (double) publishedRows;
    if (shrink <= limits.maxShrink()) {
      return Optional.empty();
    }
    return Optional.of("source " + sourceId + ": " + relation.tableName() + ": the new version has " + newRows
        + " rows, the published one " + publishedRows + " (" + percent(shrink) + " fewer; max_shrink is "
        + percent(limits.maxShrink()) + "), so it was not published; if the source is right, publish it with"
        + " ./ops extract --config " + config.file() + " --accept-shrink " + sourceId);
  }

  /** Why a relation's rejects make its source PARTIAL; empty when they are within the limit. */
  Optional<String> rejectExcess(String runId, String sourceId, Relation relation, long read, long rejected) {
    double share = read == 0 ? 0 : rejected / (double) read;
    if (share <= config.guards().maxRejectedShare()) {
      return Optional.empty();
    }
    return Optional.of("source " + sourceId + ": " + relation.tableName() + ": " + rejected + " of " + read
        + " rows rejected (" + percent(share) + "; max_rejected_share is " + percent(config.guards().maxRejectedShare())
        + "); see " + LakeLayout.rejectsDir(config.lakeRoot().toString(), runId, sourceId, relation));
  }

  private static String percent(double share) {
    return Math.round(share * 100) + "%";
  }
}

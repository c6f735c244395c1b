package vn.kyluat.etl.job;

import java.util.Optional;
import vn.kyluat.contract.LakeLayout;
import vn.kyluat.contract.Relation;
import vn.kyluat.etl.config.ExtractConfig;

/**
 * The two limits that keep a run from ending COMPLETED when its data looks wrong, and what they
 * say: a whole reload that shrinks a published relation past {@code max_shrink}, or a key census
 * that would delete more than that share of it, is held back (an empty export or an emptied table
 * must not replace published data); a relation whose rejected share passes
 * {@code max_rejected_share} makes its source PARTIAL.
 */
final class RunGuards {
    private final ExtractConfig config;

    RunGuards(ExtractConfig config) {
        this.config = config;
    }

    /** Why a whole reload of {@code newRows} must not replace a published version of {@code publishedRows}; empty to publish. */
    Optional<String> shrinkRefusal(String sourceId, Relation relation, long publishedRows, long newRows) {
        return beyondMaxShrink(sourceId, publishedRows, publishedRows - newRows)
                .map(shrink -> "source " + sourceId + ": "
                        + relation.tableName() + ": the new version has " + newRows + " rows, the published one "
                        + publishedRows + " ("
                        + percent(shrink) + " fewer; max_shrink is "
                        + percent(config.guards().maxShrink()) + "), so it was not published"
                        + acceptHint(sourceId));
    }

    /**
     * Why the deletions a key census found must not be applied: an emptied source table is not a
     * reason to empty the lake. Empty to delete them and publish.
     */
    Optional<String> deletionRefusal(String sourceId, Relation relation, long publishedRows, long deletedRows) {
        return beyondMaxShrink(sourceId, publishedRows, deletedRows)
                .map(shrink -> "source " + sourceId + ": "
                        + relation.tableName() + ": the key census finds " + deletedRows + " of the " + publishedRows
                        + " published rows deleted from the source (" + percent(shrink) + "; max_shrink is "
                        + percent(config.guards().maxShrink()) + "), so nothing was deleted or published"
                        + acceptHint(sourceId));
    }

    /** The share of the published rows lost, when it passes max_shrink and the source's shrinks are not accepted. */
    private Optional<Double> beyondMaxShrink(String sourceId, long publishedRows, long lostRows) {
        if (config.acceptShrink().contains(sourceId) || publishedRows == 0) {
            return Optional.empty();
        }
        double shrink = lostRows / (double) publishedRows;
        return shrink <= config.guards().maxShrink() ? Optional.empty() : Optional.of(shrink);
    }

    private String acceptHint(String sourceId) {
        return "; if the source is right, publish it with ./ops extract --config " + config.file() + " --accept-shrink "
                + sourceId;
    }

    /** Why a relation's rejects make its source PARTIAL; empty when they are within the limit. */
    Optional<String> rejectExcess(String runId, String sourceId, Relation relation, long read, long rejected) {
        double share = read == 0 ? 0 : rejected / (double) read;
        if (share <= config.guards().maxRejectedShare()) {
            return Optional.empty();
        }
        return Optional.of("source " + sourceId + ": " + relation.tableName() + ": " + rejected + " of " + read
                + " rows rejected (" + percent(share) + "; max_rejected_share is "
                + percent(config.guards().maxRejectedShare())
                + "); see " + LakeLayout.rejectsDir(config.lakeRoot().toString(), runId, sourceId, relation));
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }
}

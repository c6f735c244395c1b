package vn.kyluat.etl.job;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.kyluat.etl.config.ExtractTuning;
import vn.kyluat.etl.config.SourceConfig;
import vn.kyluat.etl.lake.ParquetFiles;
import vn.kyluat.etl.lake.RelationDataset;
import vn.kyluat.etl.source.ExtractionPlan;
import vn.kyluat.etl.source.KeyCensus;

/**
 * Finds the rows of a published dataset that were deleted in its source: the published keys the
 * source's key census ({@link KeyCensus}) no longer returns. An incremental read sees only rows past
 * the watermark, so without it a deleted task or event would stay in the lake forever. The published
 * keys are held as one sorted array and looked up by binary search (no hash set of boxed entries:
 * millions of event ids fit in tens of MiB).
 *
 * <p>Database sources only: their relation SQL reads the unit's table as it is. A CSV export of
 * tasks or events may hold only what changed, so an empty or short file deletes nothing.
 */
record DeletionCensus(SourceConfig source, ExtractTuning tuning) {

    /** Whether a read of this plan is followed by the census: incremental reads of a database, with key_census on. */
    boolean follows(ExtractionPlan plan) {
        return plan.incremental() && tuning.keyCensus() && source.type().isJdbc();
    }

    /** The published keys of the dataset that the source does not hold any more. */
    Set<Object> deletedKeys(RelationDataset dataset, long[] keysRead) {
        Object[] published = publishedKeys(dataset);
        BitSet held = new BitSet(published.length);
        int[] next = {0};
        KeyCensus.read(source, dataset.relation(), tuning.fetchSize(), key -> {
            keysRead[0]++;
            // Sources mostly return keys in the order they were inserted, often their sorted order (ids of a
            // sequence): the slot after the last one found is tried before a binary search.
            int at = next[0] < published.length && published[next[0]].equals(key)
                    ? next[0]
                    : Arrays.binarySearch(published, key);
            if (at >= 0) {
                held.set(at);
                next[0] = at + 1;
            }
        });
        Set<Object> deleted = new HashSet<>();
        for (int i = held.nextClearBit(0); i < published.length; i = held.nextClearBit(i + 1)) {
            deleted.add(published[i]);
        }
        return deleted;
    }

    /** The keys of the published version, sorted (task codes as text, event ids as numbers). */
    private static Object[] publishedKeys(RelationDataset dataset) {
        List<Object> keys = new ArrayList<>();
        dataset.current()
                .ifPresent(v -> dataset.parts(v.version())
                        .forEach(part ->
                                ParquetFiles.readColumn(part, dataset.relation().keyColumn(), keys::add)));
        Object[] sorted = keys.toArray();
        Arrays.sort(sorted);
        return sorted;
    }
}

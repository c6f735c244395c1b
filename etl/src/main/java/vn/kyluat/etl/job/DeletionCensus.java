package vn.kyluat.etl.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import vn.kyluat.contract.ColumnType;
import vn.kyluat.contract.LakeLayout;
import vn.kyluat.contract.Relation;
import vn.kyluat.etl.config.ExtractTuning;
import vn.kyluat.etl.config.SourceConfig;
import vn.kyluat.etl.lake.ParquetFiles;
import vn.kyluat.etl.lake.PartFiles;
import vn.kyluat.etl.lake.RelationDataset;
import vn.kyluat.etl.source.ExtractionPlan;
import vn.kyluat.etl.source.KeyBuckets;
import vn.kyluat.etl.source.KeyCensus;
import vn.kyluat.etl.source.SourceSnapshots;

/**
 * Finds the rows of a published dataset that were deleted in its source: the published keys the
 * source ({@link KeyCensus}) no longer holds. An incremental read sees only rows past the watermark,
 * so without it a deleted task or event would stay in the lake forever.
 *
 * <p>Cheaply, by key buckets ({@link KeyBuckets}): the database aggregates per bucket its rows with a
 * key and the sum of their key checksums, and these are compared with what it must hold if nothing was
 * deleted: its own figures at the census that published the current version ({@link CensusFigures}),
 * plus every row this run read (accepted, in this run's parts, or rejected). Every row inserted since is
 * one this run read (an incremental read takes everything past the last watermark, less the read
 * window), so a bucket whose rows are fewer than that, or whose checksum differs, lost a row: only
 * there are the keys read and compared. Counting every row read as new errs on one side only: an update
 * makes the count fall short (the bucket comparison then takes it out again), never hides a deletion;
 * and an insertion in the bucket of a deletion is counted, so it cannot make up for it. A published key
 * that such a bucket no longer holds is looked up alone before it is called deleted.
 *
 * <p>The first question is only how many rows have a key ({@link KeyCensus#keyedRows}; a {@code
 * postgres} source's is counted in the background from the run's start, {@link CensusTotals}). Since no
 * bucket can hold more rows than expected, an equal count leaves no room for a deletion, and the
 * expected figures, checksums included, are the source's: the checksums are needed only once counts
 * differ, to tell which buckets to read. A count is one cheap scan; a checksum over task codes tripled
 * it (issue 16 measured the census at 39 % of an unchanged incremental run with it, a median of +4.7 %
 * without). The one thing the count gives up: a row inserted behind the watermark (which no incremental
 * read takes) could hide a deletion in the same relation until the next run whose count differs (any
 * update), whose bucket checksums then find it.
 *
 * <p>Without valid figures (the first census of a version published otherwise, or keys Java cannot
 * bucket as the database does), every key is read, as one sorted array of the published keys that
 * each key the source returns is looked up in (no hash set of boxed entries: millions of event ids
 * fit in tens of MiB); that census leaves the figures for the next.
 *
 * <p>Database sources only: their relation SQL reads the unit's table as it is. A CSV export of
 * tasks or events may hold only what changed, so an empty or short file deletes nothing.
 */
record DeletionCensus(SourceConfig source, ExtractTuning tuning, SourceSnapshots connections, CensusTotals totals) {
    /** Published keys per bucket a first census aims at: a few hundred buckets per million keys. */
    static final long KEYS_PER_BUCKET = 4096;

    /** Whether a read of this plan is followed by the census: incremental reads of a database, with key_census on. */
    boolean follows(ExtractionPlan plan) {
        return plan.incremental() && tuning.keyCensus() && source.type().isJdbc();
    }

    /**
     * What the census found: the published keys deleted in the source, the figures to keep beside the
     * version this run publishes, and how many keys it read from the source (all of them, or those of
     * the buckets that differed).
     */
    record Result(Set<Object> deleted, CensusFigures.Pending figures, long keysRead, boolean whole) {}

    /**
     * @param runId this run, whose rejects of the relation count as rows it read
     * @param writeId names the version folder holding this run's accepted rows
     * @param pending the ids of the events pending as orphans when the run started: the source read
     *     left them out (they come from the pending set, read by an earlier run), so they are no rows
     *     this run read
     */
    Result census(RelationDataset dataset, String runId, String writeId, Set<Object> pending) {
        Relation relation = dataset.relation();
        KeyBuckets.Kind kind = relation.column(relation.keyColumn()).type() == ColumnType.BIGINT
                ? KeyBuckets.Kind.IDS
                : KeyBuckets.Kind.CODES;
        List<Object> read = new ArrayList<>();
        rowsReadThisRun(dataset, runId, writeId, key -> {
            if (!pending.contains(key)) {
                read.add(key);
            }
        });
        Optional<CensusFigures> kept = CensusFigures.of(dataset);
        // Always joined when started: until then the background holds a connection in the source's snapshot.
        OptionalLong early = totals.take(source, relation);
        Optional<Expected> expected =
                kept.filter(f -> f.buckets().kind() == kind).flatMap(f -> Expected.of(f, read));
        if (early.isPresent()
                && expected.isPresent()
                && early.getAsLong() == expected.get().rows()) {
            return expected.get().unchanged();
        }
        try (KeyCensus database = KeyCensus.open(source, relation, connections)) {
            if (expected.isPresent() && database.bucketable(kind)) {
                return byBuckets(dataset, expected.get(), early.orElseGet(database::keyedRows), database, read);
            }
            return whole(dataset, database, kind, read);
        }
    }

    /**
     * What the source must hold per bucket if nothing was deleted: the figures kept by the last census plus
     * every row this run read.
     */
    private record Expected(KeyBuckets buckets, Map<Long, KeyBuckets.Figures> figures, long rows) {
        /** Empty when a row this run read has a key Java cannot bucket as the database does (then every key is read). */
        static Optional<Expected> of(CensusFigures kept, List<Object> readThisRun) {
            KeyBuckets buckets = kept.buckets();
            if (readThisRun.stream().anyMatch(key -> buckets.bucketOf(key).isEmpty())) {
                return Optional.empty();
            }
            Map<Long, KeyBuckets.Figures> figures = new HashMap<>(kept.figures());
            CensusFigures.add(buckets, figures, readThisRun);
            return Optional.of(new Expected(
                    buckets,
                    figures,
                    figures.values().stream()
                            .mapToLong(KeyBuckets.Figures::rows)
                            .sum()));
        }

        /**
         * The source holds as many rows with a key as expected: every bucket can only hold as many rows as
         * expected or fewer (a deletion, or a row read that was no insertion), so equal counts mean every
         * bucket is as expected, its checksum too, and nothing was deleted.
         */
        Result unchanged() {
            return new Result(Set.of(), new CensusFigures.Pending(buckets, figures), 0, false);
        }
    }

    /**
     * Every key read and compared; figures left for the next census when the keys can be bucketed,
     * taken before the keys are read: a row deleted in between is then found now, by the read, and an
     * insertion in between is one the next run reads.
     */
    private Result whole(RelationDataset dataset, KeyCensus database, KeyBuckets.Kind kind, List<Object> readThisRun) {
        Object[] publishedKeys = publishedKeys(dataset);
        CensusFigures.Pending figures = null;
        if (database.bucketable(kind)) {
            KeyBuckets buckets = kind == KeyBuckets.Kind.CODES
                    ? KeyBuckets.codes(publishedKeys.length, KEYS_PER_BUCKET)
                    : publishedKeys.length == 0
                            ? new KeyBuckets(kind, KEYS_PER_BUCKET)
                            : KeyBuckets.ids(
                                    publishedKeys.length,
                                    (Long) publishedKeys[0],
                                    (Long) publishedKeys[publishedKeys.length - 1],
                                    KEYS_PER_BUCKET);
            figures = new CensusFigures.Pending(buckets, database.figures(buckets));
        }
        BitSet held = new BitSet(publishedKeys.length);
        int[] next = {0};
        long[] read = {0};
        Set<Object> vanished = new HashSet<>(readThisRun);
        database.forEachKey(tuning.fetchSize(), key -> {
            read[0]++;
            if (!vanished.isEmpty()) {
                vanished.remove(key);
            }
            // Sources mostly return keys in the order they were inserted, often their sorted order (ids of a
            // sequence): the slot after the last one found is tried before a binary search.
            int at = next[0] < publishedKeys.length && publishedKeys[next[0]].equals(key)
                    ? next[0]
                    : Arrays.binarySearch(publishedKeys, key);
            if (at >= 0) {
                held.set(at);
                next[0] = at + 1;
            }
        });
        Set<Object> deleted = new HashSet<>();
        for (int i = held.nextClearBit(0); i < publishedKeys.length; i = held.nextClearBit(i + 1)) {
            deleted.add(publishedKeys[i]);
        }
        return new Result(deleted, figures == null ? null : figures.expecting(vanished), read[0], true);
    }

    /**
     * The census by bucket figures, given the source's rows with a key. A row this run read again whose
     * key the published version holds (an update, mostly) is counted in the kept figures already: one
     * of each is taken out of the expected figures before they are compared, so that a day of updates
     * reads no key. Only the count above counts every row read as new.
     */
    private Result byBuckets(
            RelationDataset dataset, Expected expected, long rows, KeyCensus database, List<Object> readThisRun) {
        if (rows == expected.rows()) {
            return expected.unchanged();
        }
        KeyBuckets buckets = expected.buckets();
        Map<Long, KeyBuckets.Figures> observed = database.figures(buckets);
        Set<Long> suspect = differing(expected.figures(), observed);
        readThisRun.forEach(key -> suspect.add(buckets.bucketOf(key).getAsLong()));
        Set<Object> read = new HashSet<>(readThisRun);
        Set<Object> readAgain = new HashSet<>();
        List<Object> suspectKeys = new ArrayList<>();
        forEachPublishedKey(dataset, key -> {
            if (read.contains(key)) {
                readAgain.add(key);
            }
            OptionalLong bucket = buckets.bucketOf(key);
            // A key Java cannot bucket may be in any bucket: it is looked up alone.
            if (bucket.isEmpty() || suspect.contains(bucket.getAsLong())) {
                suspectKeys.add(key);
            }
        });
        Map<Long, KeyBuckets.Figures> newRowsOnly = new HashMap<>(expected.figures());
        CensusFigures.remove(buckets, newRowsOnly, readAgain);
        Set<Long> differing = differing(newRowsOnly, observed);
        CensusFigures.Pending figures = new CensusFigures.Pending(buckets, observed);
        if (differing.isEmpty()) {
            return new Result(Set.of(), figures, 0, false);
        }
        Set<Object> held = new HashSet<>();
        database.forEachKeyIn(buckets, differing, tuning.fetchSize(), held::add);
        List<Object> candidates = suspectKeys.stream()
                .filter(key -> !held.contains(key))
                .filter(key -> buckets.bucketOf(key).stream().allMatch(differing::contains))
                .toList();
        Set<Object> deleted = new HashSet<>(candidates);
        deleted.removeAll(database.present(candidates));
        List<Object> vanished = readThisRun.stream()
                .filter(key -> differing.contains(buckets.bucketOf(key).getAsLong()) && !held.contains(key))
                .toList();
        return new Result(deleted, figures.expecting(vanished), held.size(), false);
    }

    /** The buckets whose figures differ between the two. */
    private static Set<Long> differing(Map<Long, KeyBuckets.Figures> a, Map<Long, KeyBuckets.Figures> b) {
        Set<Long> differing = new HashSet<>();
        for (Long bucket : union(a.keySet(), b.keySet())) {
            if (!a.getOrDefault(bucket, KeyBuckets.Figures.NONE)
                    .sameAs(b.getOrDefault(bucket, KeyBuckets.Figures.NONE))) {
                differing.add(bucket);
            }
        }
        return differing;
    }

    private static Set<Long> union(Set<Long> a, Set<Long> b) {
        Set<Long> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    /**
     * The keys of every row this run read: accepted (its parts) and rejected (its rejects); null keys
     * left out. A row this run read that the source no longer holds at the census stays in the figures
     * kept for the next ({@link CensusFigures.Pending#expecting}): this run publishes it, and the next
     * census must find it missing.
     */
    private static void rowsReadThisRun(RelationDataset dataset, String runId, String writeId, Consumer<Object> keys) {
        Relation relation = dataset.relation();
        for (Path part : dataset.parts(RelationDataset.versionOf(writeId))) {
            ParquetFiles.readColumn(part, relation.keyColumn(), keys);
        }
        Path rejects = dataset.lakeRoot()
                .resolve(LakeLayout.REJECTS_DIR)
                .resolve(runId)
                .resolve(dataset.sourceId())
                .resolve(relation.tableName());
        for (Path part : PartFiles.parquetParts(rejects)) {
            ParquetFiles.readColumn(part, "record_key", key -> keys.accept(typedKey(relation, key)));
        }
    }

    /** A rejected row's key (kept as text) as the lake types it; text that is no id has no bucket. */
    private static Object typedKey(Relation relation, Object key) {
        if (relation.column(relation.keyColumn()).type() != ColumnType.BIGINT) {
            return key;
        }
        try {
            return Long.parseLong(key.toString().trim());
        } catch (NumberFormatException e) {
            return key.toString();
        }
    }

    private static void forEachPublishedKey(RelationDataset dataset, Consumer<Object> keys) {
        dataset.current()
                .ifPresent(v -> dataset.parts(v.version())
                        .forEach(part ->
                                ParquetFiles.readColumn(part, dataset.relation().keyColumn(), keys)));
    }

    /** The keys of the published version, sorted (task codes as text, event ids as numbers). */
    private static Object[] publishedKeys(RelationDataset dataset) {
        List<Object> keys = new ArrayList<>();
        forEachPublishedKey(dataset, keys::add);
        Object[] sorted = keys.toArray();
        Arrays.sort(sorted);
        return sorted;
    }
}

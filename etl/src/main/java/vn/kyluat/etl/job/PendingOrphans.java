package vn.kyluat.etl.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.kyluat.contract.RejectRule;
import vn.kyluat.contract.Relation;
import vn.kyluat.etl.lake.LakeSchemas;
import vn.kyluat.etl.lake.ParquetFiles;
import vn.kyluat.etl.lake.PartFiles;
import vn.kyluat.etl.lake.RelationDataset;
import vn.kyluat.etl.validate.Rejection;

/**
 * Events of one source rejected only because their task is unknown (the task was rejected, or not yet
 * committed when the task step read), kept so that later runs retry them until the task arrives or
 * {@code orphan_retry_runs} runs have retried them. Their ids are below the watermark, so the source
 * read would never return them again.
 *
 * <pre>
 * lake/_orphans/&lt;source&gt;/pending.parquet            the events the next run retries (fields + retries)
 * lake/_orphans/&lt;source&gt;/&lt;run&gt;/part-&lt;run&gt;-c&lt;offset&gt;.parquet   this run's orphans, one part per chunk
 * </pre>
 *
 * The run's parts replace {@code pending.parquet} when its events are published, so a killed run leaves
 * the pending set as it was.
 */
final class PendingOrphans {
    static final String DIR = "_orphans";
    private static final int EVENT_ID = Relation.TASK_EVENT.columnNames().indexOf("event_id");
    private final Path dir;
    private final String sourceId;
    private final int retryRuns;
    /** Retries so far of each pending event this run retries. */
    private final Map<Object, Long> retries = new HashMap<>();

    PendingOrphans(Path lakeRoot, String sourceId, int retryRuns) {
        this.dir = lakeRoot.resolve(DIR).resolve(sourceId);
        this.sourceId = sourceId;
        this.retryRuns = retryRuns;
    }

    Path runDir(String runId) {
        return dir.resolve(runId);
    }

    /**
     * The pending events: those to retry (task_event fields, by id) and the ids of all, given up ones
     * included, which the source read must not deliver again. Events the lake holds already (a killed
     * run accepted them) are left out.
     */
    Pending load(RelationDataset events) {
        retries.clear();
        Map<Object, Object[]> byId = new HashMap<>();
        for (Object[] row : read(pendingFile())) {
            byId.put(row[EVENT_ID], Arrays.copyOf(row, row.length - 1));
            retries.put(row[EVENT_ID], (Long) row[row.length - 1]);
        }
        Set<Object> loaded = new HashSet<>();
        events.current()
                .ifPresent(v -> events.parts(v.version())
                        .forEach(part -> ParquetFiles.readColumn(part, "event_id", id -> {
                            if (byId.containsKey(id)) {
                                loaded.add(id);
                            }
                        })));
        loaded.forEach(byId::remove);
        List<Object[]> retried = byId.values().stream()
                .filter(v -> retries.get(v[EVENT_ID]) < retryRuns)
                .sorted(Comparator.comparing(v -> (Long) v[EVENT_ID]))
                .toList();
        return new Pending(retried, Set.copyOf(byId.keySet()));
    }

    record Pending(List<Object[]> retried, Set<Object> ids) {}

    /** The ids of the pending events as the run found them: events the source read leaves out (the key census too). */
    Set<Object> pendingIds() {
        Set<Object> ids = new HashSet<>();
        for (Object[] row : read(pendingFile())) {
            ids.add(row[EVENT_ID]);
        }
        return ids;
    }

    /** Nothing to retry, and no retries counted: for a read that delivers every event of the source again. */
    Pending none() {
        retries.clear();
        return new Pending(List.of(), Set.of());
    }

    /**
     * An event rejected as {@code event_for_unknown_task}: the pending row to keep (fields + retries)
     * and the rejection saying whether a later run retries it.
     */
    Kept keep(Object[] values, Rejection rejection) {
        Long before = retries.get(values[EVENT_ID]);
        long retried = before == null ? 0 : before + 1;
        Object[] row = Arrays.copyOf(values, values.length + 1);
        row[values.length] = retried;
        String detail = retried >= retryRuns
                ? "; not retried any more (" + retried + " of " + retryRuns + " retries done)"
                : "; retried by the next run (" + (retried + 1) + " of " + retryRuns + ")";
        return new Kept(row, new Rejection(rejection.rule(), rejection.detail() + detail));
    }

    /** @param pending the row to keep (fields + retries); kept after the last retry too, so the window does not read it again */
    record Kept(Object[] pending, Rejection rejection) {}

    static boolean isOrphan(Rejection rejection) {
        return rejection != null && rejection.rule() == RejectRule.EVENT_FOR_UNKNOWN_TASK;
    }

    /** Writes one chunk's orphans as a part named by its offset, as rejects are. */
    void writeChunk(String runId, long offset, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            ParquetFiles.write(
                    runDir(runId).resolve(PartFiles.chunkPart(runId, offset)),
                    LakeSchemas.pendingOrphans(),
                    LakeSchemas.pendingOrphanTypes(),
                    sourceId,
                    rows);
        }
    }

    /**
     * Makes this run's orphans, and the given-up ones of earlier runs still inside the read window,
     * the pending set (after its events are published); drops the runs' parts.
     *
     * @param windowStart the event id the next run's read starts after; given-up events at or below it are forgotten
     */
    void publish(String runId, long windowStart) {
        Map<Object, Object[]> rows = new TreeMap<>();
        for (Object[] row : read(pendingFile())) {
            if ((Long) row[row.length - 1] >= retryRuns && (Long) row[EVENT_ID] > windowStart) {
                rows.put(row[EVENT_ID], row);
            }
        }
        for (Path part : PartFiles.parquetParts(runDir(runId))) {
            for (Object[] row : read(part)) {
                rows.put(row[EVENT_ID], row);
            }
        }
        ParquetFiles.write(
                pendingFile(), LakeSchemas.pendingOrphans(), LakeSchemas.pendingOrphanTypes(), sourceId, rows.values());
        for (Path run : PartFiles.directories(dir)) {
            PartFiles.deleteTree(run);
        }
    }

    private Path pendingFile() {
        return dir.resolve("pending.parquet");
    }

    /** The rows of a pending file or part, source_id left out: task_event fields, then retries. */
    private static List<Object[]> read(Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        return ParquetFiles.read(file).stream()
                .map(row -> Arrays.copyOfRange(row, 1, row.length))
                .toList();
    }
}

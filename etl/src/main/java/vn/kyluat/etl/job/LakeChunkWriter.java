package vn.kyluat.etl.job;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.parquet.schema.MessageType;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStream;
import org.springframework.batch.infrastructure.item.ItemWriter;
import vn.kyluat.contract.ColumnType;
import vn.kyluat.contract.LakeLayout;
import vn.kyluat.contract.Relation;
import vn.kyluat.etl.lake.LakeSchemas;
import vn.kyluat.etl.lake.ParquetFiles;
import vn.kyluat.etl.lake.PartFiles;
import vn.kyluat.etl.lake.RejectRows;
import vn.kyluat.etl.lake.RelationDataset;
import vn.kyluat.etl.source.Watermarks;
import vn.kyluat.etl.validate.Rejection;

/**
 * Writes each chunk as part files of the run's new version (accepted rows) and one of its rejects,
 * named by the committed offset of their first row. A large chunk's accepted rows are split in
 * {@link #WRITERS} slices encoded at once (Parquet encoding is most of a chunk's time); every slice's
 * name still lies between its chunk's offset and the next one's, as restarts need. The offset, the counts and the highest
 * watermark read are saved with the chunk; on open, parts of chunks that were written but not
 * committed are removed, so a restart neither loses nor repeats a row.
 */
final class LakeChunkWriter implements ItemWriter<List<CheckedRow>>, ItemStream, StepExecutionListener {
    static final int WRITERS = 2;
    /** Below this many rows per slice a second writer costs more than it saves. */
    private static final int MIN_SLICE_ROWS = 5_000;

    private final RelationDataset dataset;
    private final Relation relation;
    private final ExtractProgress progress;
    private final MessageType schema;
    private final ColumnType[] types;
    private final int watermarkIndex;
    private final PendingOrphans orphans;
    private String runId;
    /** Names this step's version and parts ({@link StepVersion}). */
    private String writeId;

    private Path versionDir;
    private Path rejectsDir;
    private ExtractCounts counts;
    private ExecutorService sliceWriters;

    /** @param orphans where events whose task is unknown wait for it (used by the task_event step only) */
    LakeChunkWriter(RelationDataset dataset, ExtractProgress progress, PendingOrphans orphans) {
        this.dataset = dataset;
        this.orphans = orphans;
        this.relation = dataset.relation();
        this.progress = progress;
        this.schema = LakeSchemas.relation(relation);
        this.types = LakeSchemas.relationTypes(relation);
        this.watermarkIndex =
                relation.watermarkColumn().map(relation.columnNames()::indexOf).orElse(-1);
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        runId = RunParameters.of(stepExecution).runId();
        writeId = StepVersion.writeId(stepExecution.getExecutionContext(), runId);
        versionDir = dataset.versionDir(RelationDataset.versionOf(writeId));
        rejectsDir = Path.of(LakeLayout.rejectsDir(dataset.lakeRoot().toString(), runId, dataset.sourceId(), relation));
    }

    @Override
    public void open(ExecutionContext context) {
        counts = ExtractCounts.from(context);
        PartFiles.keepCommittedChunks(versionDir, writeId, counts.offset());
        PartFiles.keepCommittedChunks(rejectsDir, writeId, counts.offset());
        PartFiles.keepCommittedChunks(orphans.runDir(runId), runId, counts.offset());
        sliceWriters = Executors.newFixedThreadPool(WRITERS - 1, r -> {
            Thread thread = new Thread(r, "parts-" + dataset.sourceId() + "." + relation.tableName());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void close() {
        if (sliceWriters != null) {
            sliceWriters.shutdownNow();
            sliceWriters = null;
        }
    }

    @Override
    public void update(ExecutionContext context) {
        counts.store(context);
    }

    @Override
    public void write(Chunk<? extends List<CheckedRow>> chunk) {
        List<CheckedRow> rows =
                chunk.getItems().stream().<CheckedRow>flatMap(List::stream).toList();
        List<Object[]> accepted = new ArrayList<>(rows.size());
        List<Object[]> rejects = new ArrayList<>();
        List<Object[]> pending = new ArrayList<>();
        Instant now = Instant.now();
        Object watermark = null;
        for (CheckedRow row : rows) {
            if (row.accepted()) {
                accepted.add(row.values());
            } else {
                Rejection rejection = row.rejection();
                if (PendingOrphans.isOrphan(rejection)) {
                    PendingOrphans.Kept kept = orphans.keep(row.values(), rejection);
                    rejection = kept.rejection();
                    pending.add(kept.pending());
                }
                rejects.add(RejectRows.row(runId, dataset.sourceId(), relation, row.raw(), rejection, now));
                counts.reject(rejection.rule());
            }
            if (watermarkIndex >= 0 && Watermarks.isWatermark(row.values()[watermarkIndex])) {
                watermark = Watermarks.max(watermark, row.values()[watermarkIndex]);
            }
        }
        writeSlices(accepted);
        if (!rejects.isEmpty()) {
            ParquetFiles.write(
                    rejectsDir.resolve(PartFiles.chunkPart(writeId, counts.offset())),
                    LakeSchemas.rejects(),
                    LakeSchemas.rejectTypes(),
                    null,
                    rejects);
        }
        orphans.writeChunk(runId, counts.offset(), pending);
        counts.advance(rows.size(), accepted.size(), watermark);
        progress.add(dataset.sourceId(), rows.size());
    }

    /** Writes the accepted rows in up to {@link #WRITERS} slices at once, this thread taking the last one. */
    private void writeSlices(List<Object[]> accepted) {
        int slices = Math.max(1, Math.min(WRITERS, accepted.size() / MIN_SLICE_ROWS));
        int size = (accepted.size() + slices - 1) / slices;
        List<Future<?>> others = new ArrayList<>();
        for (int start = 0; start < accepted.size(); start += size) {
            List<Object[]> slice = accepted.subList(start, Math.min(accepted.size(), start + size));
            Path part = versionDir.resolve(PartFiles.chunkPart(writeId, counts.offset() + start));
            Runnable write = () -> ParquetFiles.write(part, schema, types, dataset.sourceId(), slice);
            if (start + size < accepted.size()) {
                others.add(sliceWriters.submit(write));
            } else {
                write.run();
            }
        }
        for (Future<?> other : others) {
            try {
                other.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while writing " + versionDir, e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }
    }
}

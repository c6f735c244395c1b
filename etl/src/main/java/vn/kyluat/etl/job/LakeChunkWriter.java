package vn.kyluat.etl.job;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStream;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.apache.parquet.schema.MessageType;
import vn.kyluat.contract.ColumnType;
import vn.kyluat.contract.LakeLayout;
import vn.kyluat.contract.Relation;
import vn.kyluat.etl.lake.LakeSchemas;
import vn.kyluat.etl.lake.ParquetFiles;
import vn.kyluat.etl.lake.PartFiles;
import vn.kyluat.etl.lake.RejectRows;
import vn.kyluat.etl.lake.RelationDataset;
import vn.kyluat.etl.source.Watermarks;

/**
 * Writes each chunk as one part file of the run's new version (accepted rows) and one of its
 * rejects, both named by the chunk's committed offset. The offset, the counts and the highest
 * watermark read are saved with the chunk; on open, parts of chunks that were written but not
 * committed are removed, so a restart neither loses nor repeats a row.
 */
final class LakeChunkWriter implements ItemWriter<CheckedRow>, ItemStream, StepExecutionListener {
  private final RelationDataset dataset;
  private final Relation relation;
  private final ExtractProgress progress;
  private final MessageType schema;
  private final ColumnType[] types;
  private final int watermarkIndex;
  private String runId;
  private Path versionDir;
  private Path rejectsDir;
  private ExtractCounts counts;

  LakeChunkWriter(RelationDataset dataset, ExtractProgress progress) {
    this.dataset = dataset;
    this.relation = dataset.relation();
    this.progress = progress;
    this.schema = LakeSchemas.relation(relation);
    this.types = LakeSchemas.relationTypes(relation);
    this.watermarkIndex = relation.watermarkColumn().map(relation.columnNames()::indexOf).orElse(-1);
  }

  @Override
  public void beforeStep(StepExecution stepExecution) {
    runId = RunParameters.of(stepExecution).runId();
    versionDir = dataset.versionDir(RelationDataset.versionOf(runId));
    rejectsDir = Path.of(LakeLayout.rejectsDir(dataset.lakeRoot().toString(), runId, dataset.sourceId(), relation));
  }

  @Override
  public void open(ExecutionContext context) {
    counts = ExtractCounts.from(context);
    PartFiles.keepCommittedChunks(versionDir, runId, counts.offset());
    PartFiles.keepCommittedChunks(rejectsDir, runId, counts.offset());
  }

  @Override
  public void update(ExecutionContext context) {
    counts.store(context);
  }

  @Override
  public void write(Chunk<? extends CheckedRow> chunk) {
    List<Object[]> accepted = new ArrayList<>(chunk.size());
    List<Object[]> rejects = new ArrayList<>();
    Instant now = Instant.now();
    Object watermark = null;
    for (CheckedRow row : chunk) {
      if (row.accepted()) {
        accepted.add(row.values());
      } else {
        rejects.add(RejectRows.row(runId, dataset.sourceId(), relation, row.raw(), row.rejection(), now));
        counts.reject(row.rejection().rule());
      }
      if (watermarkIndex >= 0 && Watermarks.isWatermark(row.values()[watermarkIndex])) {
        watermark = Watermarks.max(watermark, row.values()[watermarkIndex]);
      }
    }
    String part = PartFiles.chunkPart(runId, counts.offset());
    if (!accepted.isEmpty()) {
      ParquetFiles.write(versionDir.resolve(part), schema, types, dataset.sourceId(), accepted);
    }
    if (!rejects.isEmpty()) {
      ParquetFiles.write(rejectsDir.resolve(part), LakeSchemas.rejects(), LakeSchemas.rejectTypes(), null, rejects);
    }
    counts.advance(chunk.size(), accepted.size(), watermark);
    progress.add(dataset.sourceId(), chunk.size());
  }
}

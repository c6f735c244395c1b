package vn.kyluat.etl.job;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import vn.kyluat.contract.Relation;
import vn.kyluat.etl.config.ExtractTuning;
import vn.kyluat.etl.lake.Publication;
import vn.kyluat.etl.lake.RelationDataset;
import vn.kyluat.etl.lake.VersionPublisher;
import vn.kyluat.etl.source.ExtractionPlan;
import vn.kyluat.etl.source.RelationReader;
import vn.kyluat.etl.source.Watermarks;

/**
 * Publishes what an extraction step wrote, after checking that every row read was either accepted
 * or rejected. Records the published version in its own step context for the manifest.
 */
final class PublishTasklet implements Tasklet {
  static final String VERSION = "publish.version";
  static final String ROWS = "publish.rows";
  static final String CHANGED = "publish.changed";
  static final String WATERMARK_AFTER = "publish.watermark_after";

  private final RelationDataset dataset;
  private final String extractStepName;
  private final JobRepository jobRepository;
  private final PendingOrphans orphans;
  private final ExtractTuning tuning;

  /** @param orphans the source's events waiting for their task, replaced when events are published */
  PublishTasklet(RelationDataset dataset, String extractStepName, JobRepository jobRepository, PendingOrphans orphans,
      ExtractTuning tuning) {
    this.tuning = tuning;
    this.dataset = dataset;
    this.extractStepName = extractStepName;
    this.jobRepository = jobRepository;
    this.orphans = orphans;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
    StepExecution step = chunkContext.getStepContext().getStepExecution();
    StepExecution extract = jobRepository.getLastStepExecution(step.getJobExecution().getJobInstance(), extractStepName);
    ExecutionContext extracted = extract.getExecutionContext();
    ExtractCounts counts = ExtractCounts.from(extracted);
    long read = extracted.getLong(RelationReader.readCountKey(dataset.relation()), 0);
    if (read != counts.accepted() + counts.rejected()) {
      throw new IllegalStateException(extractStepName + ": read " + read + " rows but accepted " + counts.accepted()
          + " and rejected " + counts.rejected() + "; nothing published");
    }
    ExtractionPlan plan = ExtractionPlan.from(extracted);
    String watermarkAfter = Watermarks.format(Watermarks.max(
        plan.watermark(dataset.relation()), Watermarks.parse(dataset.relation(), counts.watermark())));
    Publication publication = new VersionPublisher(dataset, RunParameters.of(step).runId())
        .publish(plan.incremental(), watermarkAfter, counts.accepted());
    if (dataset.relation() == Relation.TASK_EVENT) {
      // The next run reads events from event_lookback ids behind the published watermark.
      Object published = Watermarks.parse(dataset.relation(), dataset.current().map(v -> v.watermark()).orElse(null));
      orphans.publish(RunParameters.of(step).runId(), published == null ? Long.MIN_VALUE : (Long) Watermarks.behind(published, tuning));
    }
    ExecutionContext context = step.getExecutionContext();
    context.putString(VERSION, publication.version());
    context.putLong(ROWS, publication.rows());
    context.putString(CHANGED, Boolean.toString(publication.changed()));
    dataset.current().map(v -> v.watermark()).ifPresent(w -> context.putString(WATERMARK_AFTER, w));
    return RepeatStatus.FINISHED;
  }
}

package vn.kyluat.etl.job;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import vn.kyluat.contract.CurrentVersion;
import vn.kyluat.contract.Relation;
import vn.kyluat.etl.config.ExtractTuning;
import vn.kyluat.etl.lake.PartFiles;
import vn.kyluat.etl.lake.Publication;
import vn.kyluat.etl.lake.RelationDataset;
import vn.kyluat.etl.lake.VersionPublisher;
import vn.kyluat.etl.source.ExtractionPlan;
import vn.kyluat.etl.source.RelationReader;
import vn.kyluat.etl.source.Watermarks;

/**
 * Publishes what an extraction step wrote, after checking that every row read was either accepted
 * or rejected, and that a whole reload does not shrink the published version past the limit (then
 * the published version stays, and the step records why in {@link #HELD_BACK}). After an
 * incremental read, the key census finds the published rows deleted in the source; they leave the
 * lake with this version ({@link #DELETED}), unless they are more than the same limit allows (then
 * it is held back likewise). Records the published version in its own step context for the manifest.
 */
final class PublishTasklet implements Tasklet {
    static final String VERSION = "publish.version";
    static final String ROWS = "publish.rows";
    static final String CHANGED = "publish.changed";
    static final String WATERMARK_AFTER = "publish.watermark_after";
    static final String HELD_BACK = "publish.held_back";
    static final String DELETED = "publish.deleted";
    static final String CENSUS_SECONDS = "publish.census_seconds";
    /** Keys the census read from the source: every key, those of the buckets that differed, or none. */
    static final String CENSUS_KEYS_READ = "publish.census_keys_read";

    private final RelationDataset dataset;
    private final String extractStepName;
    private final JobRepository jobRepository;
    private final RunGuards guards;
    private final PendingOrphans orphans;
    private final ExtractTuning tuning;
    private final DeletionCensus census;

    /**
     * @param orphans the source's events waiting for their task, replaced when events are published
     * @param census the source's key census of deleted rows
     */
    PublishTasklet(
            RelationDataset dataset,
            String extractStepName,
            JobRepository jobRepository,
            RunGuards guards,
            PendingOrphans orphans,
            ExtractTuning tuning,
            DeletionCensus census) {
        this.dataset = dataset;
        this.extractStepName = extractStepName;
        this.jobRepository = jobRepository;
        this.guards = guards;
        this.orphans = orphans;
        this.tuning = tuning;
        this.census = census;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        StepExecution extract =
                jobRepository.getLastStepExecution(step.getJobExecution().getJobInstance(), extractStepName);
        ExecutionContext extracted = extract.getExecutionContext();
        ExtractCounts counts = ExtractCounts.from(extracted);
        long read = extracted.getLong(RelationReader.readCountKey(dataset.relation()), 0);
        if (read != counts.accepted() + counts.rejected()) {
            throw new IllegalStateException(extractStepName + ": read " + read + " rows but accepted "
                    + counts.accepted() + " and rejected " + counts.rejected() + "; nothing published");
        }
        ExtractionPlan plan = ExtractionPlan.from(extracted);
        String runId = RunParameters.of(step).runId();
        String writeId = StepVersion.writeId(extracted, runId);
        Optional<CurrentVersion> published = dataset.current();
        long censusStart = System.nanoTime();
        Optional<DeletionCensus.Result> taken = census.follows(plan)
                ? Optional.of(census.census(
                        dataset,
                        runId,
                        writeId,
                        dataset.relation() == Relation.TASK_EVENT ? orphans.pendingIds() : Set.of()))
                : Optional.empty();
        Set<Object> deleted = taken.map(DeletionCensus.Result::deleted).orElse(Set.of());
        step.getExecutionContext().putDouble(CENSUS_SECONDS, (System.nanoTime() - censusStart) / 1e9);
        taken.ifPresent(t -> step.getExecutionContext().putLong(CENSUS_KEYS_READ, t.keysRead()));
        Optional<String> heldBack = published.isEmpty()
                ? Optional.empty()
                : plan.incremental()
                        ? guards.deletionRefusal(
                                dataset.sourceId(),
                                dataset.relation(),
                                published.get().rows(),
                                deleted.size())
                        : guards.shrinkRefusal(
                                dataset.sourceId(),
                                dataset.relation(),
                                published.get().rows(),
                                counts.accepted());
        if (heldBack.isPresent()) {
            PartFiles.deleteTree(dataset.versionDir(RelationDataset.versionOf(writeId)));
            record(
                    step.getExecutionContext(),
                    new Publication(published.get().version(), published.get().rows(), false));
            step.getExecutionContext().putString(HELD_BACK, heldBack.get());
            return RepeatStatus.FINISHED;
        }
        String watermarkAfter = Watermarks.format(Watermarks.max(
                plan.watermark(dataset.relation()), Watermarks.parse(dataset.relation(), counts.watermark())));
        Publication publication = new VersionPublisher(dataset, runId, writeId)
                .publish(plan.incremental(), watermarkAfter, counts.accepted(), deleted);
        taken.map(DeletionCensus.Result::figures)
                .filter(Objects::nonNull)
                .ifPresent(f -> f.keepFor(dataset)); // after publishing: they go with the version now published
        if (dataset.relation() == Relation.TASK_EVENT) {
            orphans.publish(runId, orphanWindowStart(plan));
        }
        record(step.getExecutionContext(), publication);
        step.getExecutionContext().putLong(DELETED, deleted.size());
        return RepeatStatus.FINISHED;
    }

    /**
     * The event id the next run reads after (event_lookback ids behind the published watermark): given-up
     * orphans at or below it are forgotten. A whole read judged every event again, so it forgets them all.
     */
    private long orphanWindowStart(ExtractionPlan plan) {
        Object watermark = Watermarks.parse(
                dataset.relation(), dataset.current().map(v -> v.watermark()).orElse(null));
        if (!plan.incremental()) {
            return Long.MAX_VALUE;
        }
        return watermark == null ? Long.MIN_VALUE : (Long) Watermarks.behind(watermark, tuning);
    }

    private void record(ExecutionContext context, Publication publication) {
        context.putString(VERSION, publication.version());
        context.putLong(ROWS, publication.rows());
        context.putString(CHANGED, Boolean.toString(publication.changed()));
        dataset.current().map(v -> v.watermark()).ifPresent(w -> context.putString(WATERMARK_AFTER, w));
    }
}

package vn.kyluat.etl.job;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import vn.kyluat.contract.LakeLayout;
import vn.kyluat.contract.Relation;
import vn.kyluat.contract.manifest.RelationReport;
import vn.kyluat.contract.manifest.RunManifest;
import vn.kyluat.contract.manifest.SourceReport;
import vn.kyluat.etl.config.ExtractConfig;
import vn.kyluat.etl.config.SourceConfig;
import vn.kyluat.etl.lake.RunRejects;
import vn.kyluat.etl.source.ExtractionPlan;
import vn.kyluat.etl.source.RelationReader;

/**
 * Writes the run manifest, last, from what every step of the job instance recorded (this attempt's
 * and, after a restart, the earlier ones'); its exit status says how the run went: COMPLETED,
 * PARTIAL or FAILED. A source whose every relation loaded is still PARTIAL when a guard held a
 * relation back or found too many rejects ({@link RunGuards}).
 */
final class ManifestTasklet implements Tasklet {
    private final ExtractConfig config;
    private final JobRepository jobRepository;
    private final RunGuards guards;

    ManifestTasklet(ExtractConfig config, JobRepository jobRepository) {
        this.config = config;
        this.jobRepository = jobRepository;
        this.guards = new RunGuards(config);
    }

    static Path manifestFile(ExtractConfig config, String runId) {
        return Path.of(LakeLayout.manifest(config.lakeRoot().toString(), runId));
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
        RunParameters run = RunParameters.of(job.getJobParameters());
        List<SourceReport> sources =
                config.sources().stream().map(s -> report(job, s, run.runId())).toList();
        RunManifest manifest = new RunManifest(
                run.runId(),
                run.startedAt().toString(),
                Instant.now().toString(),
                RunManifest.statusOf(sources),
                sources);
        RunRejects rejects = RunRejects.of(config.lakeRoot(), run.runId());
        if (rejects.any()) {
            rejects.writeCsv();
        }
        manifest.write(manifestFile(config, run.runId()));
        contribution.setExitStatus(new ExitStatus(manifest.status()));
        return RepeatStatus.FINISHED;
    }

    private SourceReport report(JobExecution job, SourceConfig source, String runId) {
        List<RelationReport> relations = new ArrayList<>();
        String error = null;
        List<String> warnings = new ArrayList<>();
        for (Relation relation : ExtractSteps.relations(source)) {
            StepExecution extract = step(job, ExtractSteps.extract(source, relation));
            StepExecution publish = step(job, ExtractSteps.publish(source, relation));
            if (extract == null) {
                error = firstOf(error, "source " + source.id() + ": " + relation.tableName() + " was not read");
                continue;
            }
            String failure = StepFailures.message(extract);
            if (failure != null) {
                failure += " (configuration: " + source.lines().of(relation) + ")";
            } else if (publish != null) {
                failure = StepFailures.message(publish);
            } else if (failure == null) {
                failure = "source " + source.id() + ": " + relation.tableName() + " was read but not published";
            }
            error = firstOf(error, failure);
            RelationReport report = relationReport(relation, extract, publish, failure);
            relations.add(report);
            if (failure == null) {
                warnings.addAll(warnings(source, relation, runId, report, publish));
            }
        }
        ExtractSteps.notKept(source).forEach(r -> relations.add(RelationReport.notKept(r.tableName())));
        String status = error != null
                ? SourceReport.FAILED
                : warnings.isEmpty() ? SourceReport.COMPLETED : SourceReport.PARTIAL;
        return new SourceReport(
                source.id(),
                source.type().configName(),
                status,
                error != null ? error : warnings.isEmpty() ? null : String.join("; ", warnings),
                relations);
    }

    /** What the guards say about a relation that was read and published (or held back). */
    private List<String> warnings(
            SourceConfig source, Relation relation, String runId, RelationReport report, StepExecution publish) {
        List<String> warnings = new ArrayList<>();
        // Judged on whole reads only: an incremental read re-reads its window behind the watermark, whose rows
        // rejected before are rejected again, so on a quiet night a few old rejects would be most of what it read.
        if (!ExtractionPlan.INCREMENTAL.equals(report.mode())) {
            guards.rejectExcess(runId, source.id(), relation, report.read(), report.rejected())
                    .ifPresent(warnings::add);
        }
        String heldBack = text(publish.getExecutionContext(), PublishTasklet.HELD_BACK);
        if (heldBack != null) {
            warnings.add(heldBack);
        }
        return warnings;
    }

    private RelationReport relationReport(
            Relation relation, StepExecution extract, StepExecution publish, String failure) {
        ExecutionContext extracted = extract.getExecutionContext();
        ExtractCounts counts = ExtractCounts.from(extracted);
        ExtractionPlan plan =
                ExtractionPlan.isStored(extracted) ? ExtractionPlan.from(extracted) : ExtractionPlan.WHOLE;
        ExecutionContext published = publish == null ? new ExecutionContext() : publish.getExecutionContext();
        boolean completed = failure == null;
        String status = !completed
                ? SourceReport.FAILED
                : published.containsKey(PublishTasklet.HELD_BACK) ? RelationReport.HELD_BACK : SourceReport.COMPLETED;
        return new RelationReport(
                relation.tableName(),
                status,
                plan.mode(),
                plan.watermarkBefore(),
                completed ? text(published, PublishTasklet.WATERMARK_AFTER) : null,
                extracted.getLong(RelationReader.readCountKey(relation), 0),
                counts.accepted(),
                counts.rejected(),
                counts.rejectedByRule(),
                published.getLong(PublishTasklet.DELETED, 0),
                completed ? text(published, PublishTasklet.VERSION) : null,
                seconds(extract) + (publish == null ? 0 : seconds(publish)),
                published.getDouble(PublishTasklet.CENSUS_SECONDS, 0),
                published.getLong(PublishTasklet.CENSUS_KEYS_READ, 0));
    }

    /** This attempt's execution of a step when it ran now (it carries the exception), else the last recorded one. */
    private StepExecution step(JobExecution job, String name) {
        return job.getStepExecutions().stream()
                .filter(s -> s.getStepName().equals(name))
                .findFirst()
                .orElseGet(() -> jobRepository.getLastStepExecution(job.getJobInstance(), name));
    }

    private static String firstOf(String earlier, String later) {
        return earlier != null ? earlier : later;
    }

    private static String text(ExecutionContext context, String key) {
        return context.containsKey(key) ? context.getString(key) : null;
    }

    private static double seconds(StepExecution step) {
        LocalDateTime start = step.getStartTime();
        // Spring Batch records step times as local date-times of the JVM's zone; only their difference is used.
        LocalDateTime end = step.getEndTime() == null ? LocalDateTime.now(ZoneId.systemDefault()) : step.getEndTime();
        return start == null ? 0 : Duration.between(start, end).toMillis() / 1000.0;
    }
}

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
import vn.kyluat.etl.config.ExtractConfig;
import vn.kyluat.etl.config.SourceConfig;
import vn.kyluat.etl.manifest.RelationReport;
import vn.kyluat.etl.manifest.RunManifest;
import vn.kyluat.etl.manifest.SourceReport;
import vn.kyluat.etl.source.ExtractionPlan;
import vn.kyluat.etl.source.RelationReader;

/**
 * Writes the run manifest, last, from what every step of the job instance recorded (this attempt's
 * and, after a restart, the earlier ones'); its exit status says how the run went: COMPLETED,
 * PARTIAL or FAILED.
 */
final class ManifestTasklet implements Tasklet {
  private final ExtractConfig config;
  private final JobRepository jobRepository;

  ManifestTasklet(ExtractConfig config, JobRepository jobRepository) {
    this.config = config;
    this.jobRepository = jobRepository;
  }

  static Path manifestFile(ExtractConfig config, String runId) {
    return Path.of(LakeLayout.manifest(config.lakeRoot().toString(), runId));
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
    JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
    RunParameters run = RunParameters.of(job.getJobParameters());
    List<SourceReport> sources = config.sources().stream().map(s -> report(job, s)).toList();
    RunManifest manifest = new RunManifest(
        run.runId(), run.startedAt().toString(), Instant.now().toString(), RunManifest.statusOf(sources), sources);
    manifest.write(manifestFile(config, run.runId()));
    contribution.setExitStatus(new ExitStatus(manifest.status()));
    return RepeatStatus.FINISHED;
  }

  private SourceReport report(JobExecution job, SourceConfig source) {
    List<RelationReport> relations = new ArrayList<>();
    String error = null;
    for (Relation relation : ExtractSteps.relations(source)) {
      StepExecution extract = step(job, ExtractSteps.extract(source, relation));
      StepExecution publish = step(job, ExtractSteps.publish(source, relation));
      if (extract == null) {
        error = firstOf(error, "source " + source.id() + ": " + relation.tableName() + " was not read");
        continue;
      }
      String failure = StepFailures.message(extract);
      if (failure == null && publish != null) {
        failure = StepFailures.message(publish);
      } else if (failure == null) {
        failure = "source " + source.id() + ": " + relation.tableName() + " was read but not published";
      }
      error = firstOf(error, failure);
      relations.add(relationReport(relation, extract, publish, failure == null));
    }
    return new SourceReport(
        source.id(), source.type().configName(), error == null ? SourceReport.COMPLETED : SourceReport.FAILED, error, relations);
  }

  private RelationReport relationReport(Relation relation, StepExecution extract, StepExecution publish, boolean completed) {
    ExecutionContext extracted = extract.getExecutionContext();
    ExtractCounts counts = ExtractCounts.from(extracted);
    ExtractionPlan plan = ExtractionPlan.isStored(extracted) ? ExtractionPlan.from(extracted) : new ExtractionPlan(false, null, null);
    ExecutionContext published = publish == null ? new ExecutionContext() : publish.getExecutionContext();
    return new RelationReport(
        relation.tableName(),
        completed ? SourceReport.COMPLETED : SourceReport.FAILED,
        plan.mode(),
        plan.watermarkBefore(),
        completed ? text(published, PublishTasklet.WATERMARK_AFTER) : null,
        extracted.getLong(RelationReader.readCountKey(relation), 0),
        counts.accepted(),
        counts.rejected(),
        counts.rejectedByRule(),
        completed ? text(published, PublishTasklet.VERSION) : null,
        seconds(extract) + (publish == null ? 0 : seconds(publish)));
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

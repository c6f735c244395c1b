package vn.kyluat.etl.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import vn.kyluat.contract.JdbcUrls;
import vn.kyluat.contract.WorkspaceLock;
import vn.kyluat.contract.manifest.RunManifest;
import vn.kyluat.etl.config.ExtractConfig;
import vn.kyluat.etl.source.SourceConnections;

/**
 * Runs the extraction job once: a new run, or the restart of the last run that did not complete
 * (same job instance, same run id; steps that completed are not repeated). The lake's
 * {@link WorkspaceLock} is taken before anything is opened or read and held to the end, so runs of
 * one lake never overlap, whatever the job repository.
 */
public final class ExtractLauncher {
    private final ExtractConfig config;
    private final ExtractProgress progress;
    private final List<Object> extraBeans;

    /** @param extraBeans beans added to the job's context (listeners for every extraction step) */
    public ExtractLauncher(ExtractConfig config, ExtractProgress progress, List<Object> extraBeans) {
        this.config = config;
        this.progress = progress;
        this.extraBeans = List.copyOf(extraBeans);
    }

    /** The outcome of a run: its id, the manifest when the job got as far as writing one, the job's status. */
    public record Outcome(
            String runId,
            RunManifest manifest,
            Path manifestFile,
            BatchStatus jobStatus,
            String failure,
            Throwable cause) {}

    public Outcome start() {
        return startReadingWhole(Set.of());
    }

    /**
     * A new run that reads every relation of the named sources whole ({@code --full}), as a first
     * load does: their rows are all validated again and their watermarks restart from this read.
     */
    public Outcome startReadingWhole(Set<String> sourceIds) {
        return launch(false, sourceIds);
    }

    /** Restarts the last run that did not complete; fails when there is none. */
    public Outcome restart() {
        return launch(true, Set.of());
    }

    /** @throws WorkspaceLock.HeldException when another run holds the lake */
    private Outcome launch(boolean restart, Set<String> wholeReads) {
        try (WorkspaceLock lock = WorkspaceLock.acquire(config.lakeRoot(), "extract --config " + config.file());
                AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            context.registerBean(ExtractConfig.class, () -> config);
            context.registerBean(ExtractProgress.class, () -> progress);
            for (Object bean : extraBeans) {
                registerBean(context, bean);
            }
            context.register(ExtractJobConfiguration.class);
            context.refresh();
            JobOperator operator = context.getBean(JobOperator.class);
            Job job = context.getBean(Job.class);
            JobExecution execution = restart
                    ? operator.restart(unfinished(context.getBean(JobRepository.class), operator))
                    : operator.start(
                            job,
                            RunParameters.startingAt(Instant.now(), wholeReads).toJobParameters());
            return outcome(execution);
        } catch (RestartImpossibleException | WorkspaceLock.HeldException e) {
            throw e;
        } catch (Exception e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof JobRepositoryDatabase.UnavailableException unavailable) {
                    throw unavailable; // its own words, not Spring's bean-creation wrapping
                }
            }
            throw new IllegalStateException(
                    "the extraction job could not run: " + JdbcUrls.redactIn(e.getMessage()), e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void registerBean(AnnotationConfigApplicationContext context, Object bean) {
        context.registerBean(
                bean.getClass().getName() + "@" + System.identityHashCode(bean), (Class) bean.getClass(), () -> bean);
    }

    private static JobExecution unfinished(JobRepository repository, JobOperator operator) {
        JobInstance last = repository.getLastJobInstance(ExtractJobConfiguration.JOB_NAME);
        JobExecution execution = last == null ? null : repository.getLastJobExecution(last);
        if (execution == null) {
            throw new RestartImpossibleException("there is no earlier run to restart");
        }
        String runId = RunParameters.of(execution.getJobParameters()).runId();
        return switch (execution.getStatus()) {
            case FAILED, STOPPED -> execution;
            // A run whose process died is still marked as running; mark it failed so it can restart.
            case STARTING, STARTED, STOPPING, UNKNOWN -> operator.recover(execution);
            default ->
                throw new RestartImpossibleException(
                        "the last run " + runId + " is " + execution.getStatus() + "; there is nothing to restart");
        };
    }

    private Outcome outcome(JobExecution execution) {
        String runId = RunParameters.of(execution.getJobParameters()).runId();
        Path file = ManifestTasklet.manifestFile(config, runId);
        RunManifest manifest = Files.exists(file)
                        && execution.getStepExecutions().stream()
                                .anyMatch(s ->
                                        s.getStepName().equals("manifest") && s.getStatus() == BatchStatus.COMPLETED)
                ? RunManifest.read(file)
                : null;
        Throwable cause =
                execution.getAllFailureExceptions().stream().findFirst().orElse(null);
        String failure = cause == null ? null : SourceConnections.rootMessage(cause);
        return new Outcome(runId, manifest, file, execution.getStatus(), failure, cause);
    }

    /** Asked to restart when there is no unfinished run. */
    public static final class RestartImpossibleException extends RuntimeException {
        RestartImpossibleException(String message) {
            super(message);
        }
    }
}

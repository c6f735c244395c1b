package vn.kyluat.etl.job;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;

/**
 * The identity of a run: its id ({@code yyyyMMdd-HHmmss-<random>}, UTC) and the instant it started.
 * They are the job instance's parameters, so a restarted run keeps both.
 */
public record RunParameters(String runId, Instant startedAt) {
  static final String RUN_ID = "run.id";
  static final String STARTED_AT = "run.started_at";
  private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
  private static final SecureRandom RANDOM = new SecureRandom();

  public static RunParameters startingAt(Instant now) {
    byte[] random = new byte[3];
    RANDOM.nextBytes(random);
    return new RunParameters(ID_TIME.format(now) + "-" + HexFormat.of().formatHex(random), now.truncatedTo(ChronoUnit.MILLIS));
  }

  public static RunParameters of(JobParameters parameters) {
    return new RunParameters(parameters.getString(RUN_ID), Instant.parse(parameters.getString(STARTED_AT)));
  }

  public static RunParameters of(StepExecution step) {
    return of(step.getJobParameters());
  }

  public JobParameters toJobParameters() {
    return new JobParametersBuilder()
        .addString(RUN_ID, runId)
        .addString(STARTED_AT, startedAt.toString(), false)
        .toJobParameters();
  }
}

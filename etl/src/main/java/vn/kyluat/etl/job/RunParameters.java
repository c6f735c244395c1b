package vn.kyluat.etl.job;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;

/**
 * The identity of a run: its id ({@code yyyyMMdd-HHmmss-<random>}, UTC), the instant it started and
 * the sources it reads whole ({@code --full}). They are the job instance's parameters, so a
 * restarted run keeps all three.
 */
public record RunParameters(String runId, Instant startedAt, Set<String> wholeReads) {
    static final String RUN_ID = "run.id";
    static final String STARTED_AT = "run.started_at";
    static final String WHOLE_READS = "run.whole_reads";
    private static final DateTimeFormatter ID_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();

    public RunParameters {
        wholeReads = Set.copyOf(wholeReads);
    }

    /** @param wholeReads the ids of the sources whose every relation this run reads whole */
    public static RunParameters startingAt(Instant now, Set<String> wholeReads) {
        byte[] random = new byte[3];
        RANDOM.nextBytes(random);
        return new RunParameters(
                ID_TIME.format(now) + "-" + HexFormat.of().formatHex(random),
                now.truncatedTo(ChronoUnit.MILLIS),
                wholeReads);
    }

    public static RunParameters of(JobParameters parameters) {
        String whole = parameters.getString(WHOLE_READS);
        return new RunParameters(
                parameters.getString(RUN_ID),
                Instant.parse(parameters.getString(STARTED_AT)),
                whole == null ? Set.of() : Set.of(whole.split(",")));
    }

    public static RunParameters of(StepExecution step) {
        return of(step.getJobParameters());
    }

    public JobParameters toJobParameters() {
        JobParametersBuilder parameters =
                new JobParametersBuilder().addString(RUN_ID, runId).addString(STARTED_AT, startedAt.toString(), false);
        if (!wholeReads.isEmpty()) {
            parameters.addString(WHOLE_READS, String.join(",", new TreeSet<>(wholeReads)), false);
        }
        return parameters.toJobParameters();
    }
}

package vn.kyluat.etl.job;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import vn.kyluat.contract.Relation;
import vn.kyluat.etl.config.ExtractConfig;
import vn.kyluat.etl.config.SourceConfig;
import vn.kyluat.etl.config.SourceType;
import vn.kyluat.etl.lake.RelationDataset;
import vn.kyluat.etl.source.KeyBuckets;
import vn.kyluat.etl.source.KeyCensus;
import vn.kyluat.etl.source.SourceSnapshots;

/**
 * The one query every key census of a {@code postgres} source asks, its relation's rows with a key
 * ({@link KeyCensus#keyedRows}), asked in the background as the run starts instead of after the
 * relation's read: the database counts while the run reads and publishes, and the census that finds
 * the count as expected (every unchanged night) waits for nothing. Each count is one serial scan on
 * one connection, so the database takes about one core for it beside the run.
 *
 * <p>Only where that changes nothing the census finds: a {@code postgres} source is read in the run's
 * snapshot, so its totals are the same at any moment of the run. A {@code jdbc} source has no snapshot
 * (its totals taken before the read could miss a row deleted during it), so its census asks after the
 * read, as before. A total the background could not take is asked again by the census, which then
 * reports the failure as it reports any other.
 */
final class CensusTotals implements JobExecutionListener, AutoCloseable {
    private final ExtractConfig config;
    private final SourceSnapshots snapshots;
    private final ExecutorService background;
    private final Map<String, Future<OptionalLong>> taking = new ConcurrentHashMap<>();

    CensusTotals(ExtractConfig config, SourceSnapshots snapshots) {
        this.config = config;
        this.snapshots = snapshots;
        AtomicInteger threads = new AtomicInteger();
        this.background =
                Executors.newFixedThreadPool(Math.max(1, config.tuning().parallelism()), task -> {
                    Thread thread = new Thread(task, "census-" + threads.incrementAndGet());
                    thread.setDaemon(true); // a census still scanning never keeps a finished run's JVM alive
                    return thread;
                });
    }

    /** Starts the count of every relation whose census will compare it with figures kept by the last. */
    @Override
    public void beforeJob(JobExecution run) {
        if (!config.tuning().keyCensus()) {
            return;
        }
        RunParameters parameters = RunParameters.of(run.getJobParameters());
        for (SourceConfig source : config.sources()) {
            if (source.type() != SourceType.POSTGRES || parameters.wholeReads().contains(source.id())) {
                continue;
            }
            for (Relation relation : censused(source)) {
                RelationDataset dataset = new RelationDataset(config.lakeRoot(), relation, source.id());
                CensusFigures.of(dataset)
                        .ifPresent(kept -> taking.put(
                                key(source, relation),
                                background.submit(() -> keyedRows(
                                        source, relation, kept.buckets().kind()))));
            }
        }
    }

    /** The relations of a source an incremental read follows with a census: those read after a watermark. */
    private static List<Relation> censused(SourceConfig source) {
        return ExtractSteps.relations(source).stream()
                .filter(r -> r.watermarkColumn().isPresent())
                .toList();
    }

    /** None when the key column no longer buckets as the kept figures do: the census then reads every key. */
    private OptionalLong keyedRows(SourceConfig source, Relation relation, KeyBuckets.Kind kind) {
        try (KeyCensus database = KeyCensus.open(source, relation, snapshots)) {
            return database.bucketable(kind) ? OptionalLong.of(database.keyedRows()) : OptionalLong.empty();
        }
    }

    /**
     * The relation's rows with a key counted in the background, waiting for them if need be; empty when
     * no count was started for this relation or it failed (the census then asks itself).
     */
    OptionalLong take(SourceConfig source, Relation relation) {
        Future<OptionalLong> started = taking.remove(key(source, relation));
        if (started == null) {
            return OptionalLong.empty();
        }
        try {
            return started.get();
        } catch (ExecutionException | CancellationException e) {
            return OptionalLong.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalLong.empty();
        }
    }

    private static String key(SourceConfig source, Relation relation) {
        return source.id() + "/" + relation.tableName();
    }

    /** Counts no census asked for (a step failed before its census) are not waited for. */
    @Override
    public void afterJob(JobExecution run) {
        taking.values().forEach(f -> f.cancel(true));
        taking.clear();
    }

    @Override
    public void close() {
        background.shutdownNow();
    }
}

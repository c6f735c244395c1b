package vn.kyluat.bench.extract;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import vn.kyluat.contract.manifest.RelationReport;
import vn.kyluat.contract.manifest.RunManifest;
import vn.kyluat.etl.config.ExtractConfig;
import vn.kyluat.etl.job.ExtractLauncher;
import vn.kyluat.etl.job.ExtractProgress;

/**
 * What the key census of deleted rows adds to an incremental run of the unchanged province: the
 * wall-clock seconds of whole incremental runs with the census off and on, alternated, the fastest of
 * each kept (the first also pays for the JIT). The target's measure is the wall clock, at most 10 %
 * more: a {@code postgres} source's counts are scanned in the background while the run reads ({@code
 * CensusTotals}), so the census's own seconds (the manifest's {@code census_seconds}, printed too) miss
 * the database's work, which shows only as a slower run on a machine the database shares. The first
 * census of a version published without one (here: the measured load) reads every key and leaves the
 * bucket figures for the next; it runs once before the rounds and is reported apart ({@code
 * firstCensusSeconds}, {@code firstKeysRead}), so that the rounds measure the census every later run pays.
 */
record CensusCost(
        double withoutSeconds,
        double withSeconds,
        double censusSeconds,
        long keysRead,
        double firstCensusSeconds,
        long firstKeysRead) {
    static final double TARGET_SHARE = 0.10;
    private static final int ROUNDS = 4; // unchanged runs take seconds: the fastest of four steadies the wall clock

    static CensusCost measure(ExtractConfig config, PrintStream err) {
        ExtractConfig withoutCensus = config.withTuning(config.tuning().withKeyCensus(false));
        Timed first = Timed.incrementalRun(config);
        err.printf(Locale.ROOT, "bench: first census (every key read) done%n");
        Timed without = null;
        Timed with = null;
        for (int round = 1; round <= ROUNDS; round++) {
            without = Timed.faster(without, Timed.incrementalRun(withoutCensus));
            with = Timed.faster(with, Timed.incrementalRun(config));
            err.printf(Locale.ROOT, "bench: incremental round %d of %d done%n", round, ROUNDS);
        }
        return new CensusCost(
                without.seconds(),
                with.seconds(),
                censusSeconds(with.manifest()),
                keysRead(with.manifest()),
                censusSeconds(first.manifest()),
                keysRead(first.manifest()));
    }

    private static double censusSeconds(RunManifest manifest) {
        return manifest.sources().stream()
                .flatMap(s -> s.relations().stream())
                .mapToDouble(RelationReport::censusSeconds)
                .sum();
    }

    private static long keysRead(RunManifest manifest) {
        return manifest.sources().stream()
                .flatMap(s -> s.relations().stream())
                .mapToLong(RelationReport::censusKeysRead)
                .sum();
    }

    /** One incremental run: its wall-clock seconds and its manifest. */
    private record Timed(double seconds, RunManifest manifest) {
        static Timed incrementalRun(ExtractConfig config) {
            long start = System.nanoTime();
            ExtractLauncher.Outcome outcome = new ExtractLauncher(config, new ExtractProgress(), List.of()).start();
            double seconds = (System.nanoTime() - start) / 1e9;
            if (outcome.manifest() == null
                    || !RunManifest.COMPLETED.equals(outcome.manifest().status())) {
                throw new IllegalStateException("an incremental run did not complete: "
                        + (outcome.manifest() == null
                                ? outcome.failure()
                                : outcome.manifest().status()));
            }
            return new Timed(seconds, outcome.manifest());
        }

        static Timed faster(Timed a, Timed b) {
            return a == null || b.seconds() < a.seconds() ? b : a;
        }
    }

    /** What the census adds to the run's wall clock, as a share of the run without it. */
    double addedShare() {
        return withSeconds / withoutSeconds - 1;
    }

    boolean meetsTarget() {
        return addedShare() <= TARGET_SHARE;
    }

    String lines() {
        return String.format(
                Locale.ROOT,
                "first key census of the published version: %.1f s, %,d keys read (every key; it leaves the bucket figures)%n"
                        + "incremental run of the unchanged province (fastest of %d each): %.2f s without the key census,"
                        + " %.2f s with it: %+.1f %%; target <= +10 %%: %s%n"
                        + "key census: %.2f s waited for in that run (the counts run beside the read), %,d keys read%n",
                firstCensusSeconds,
                firstKeysRead,
                ROUNDS,
                withoutSeconds,
                withSeconds,
                addedShare() * 100,
                meetsTarget() ? "PASS" : "FAIL",
                censusSeconds,
                keysRead);
    }
}

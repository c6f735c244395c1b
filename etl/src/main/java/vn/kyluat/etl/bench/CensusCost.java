package vn.kyluat.etl.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import vn.kyluat.etl.config.ExtractConfig;
import vn.kyluat.etl.job.ExtractLauncher;
import vn.kyluat.etl.job.ExtractProgress;
import vn.kyluat.etl.manifest.RunManifest;

/**
 * What the key census of deleted rows adds to an incremental run: the wall-clock seconds of whole
 * incremental runs of the unchanged province with the census off and on, alternated, the faster of
 * each kept (the first of them also pays for the JIT). The target is at most 10 % more.
 */
record CensusCost(double withoutSeconds, double withSeconds) {
  static final double TARGET_SHARE = 0.10;
  private static final int ROUNDS = 2;

  static CensusCost measure(ExtractConfig config, PrintStream err) {
    ExtractConfig withoutCensus = config.withTuning(config.tuning().withKeyCensus(false));
    double without = Double.MAX_VALUE;
    double with = Double.MAX_VALUE;
    for (int round = 1; round <= ROUNDS; round++) {
      without = Math.min(without, incrementalRun(withoutCensus));
      with = Math.min(with, incrementalRun(config));
      err.printf(Locale.ROOT, "bench: incremental round %d of %d done%n", round, ROUNDS);
    }
    return new CensusCost(without, with);
  }

  private static double incrementalRun(ExtractConfig config) {
    long start = System.nanoTime();
    ExtractLauncher.Outcome outcome = new ExtractLauncher(config, new ExtractProgress(), List.of()).start();
    double seconds = (System.nanoTime() - start) / 1e9;
    if (outcome.manifest() == null || !RunManifest.COMPLETED.equals(outcome.manifest().status())) {
      throw new IllegalStateException("an incremental run did not complete: "
          + (outcome.manifest() == null ? outcome.failure() : outcome.manifest().status()));
    }
    return seconds;
  }

  double addedShare() {
    return withSeconds / withoutSeconds - 1;
  }

  boolean meetsTarget() {
    return addedShare() <= TARGET_SHARE;
  }

  String line() {
    return String.format(Locale.ROOT,
        "incremental run of the unchanged province: %.1f s without the key census, %.1f s with it (%+.1f %%); target <= +%.0f %%: %s%n",
        withoutSeconds, withSeconds, addedShare() * 100, TARGET_SHARE * 100, meetsTarget() ? "PASS" : "FAIL");
  }
}

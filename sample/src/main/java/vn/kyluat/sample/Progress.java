package vn.kyluat.sample;

import java.io.PrintStream;

/** Progress of long work on stderr, at most every two seconds, with the rate so far; shared by the unit threads. */
final class Progress {
    private static final long EVERY_NANOS = 2_000_000_000L;
    private final PrintStream out;
    private final long started = System.nanoTime();
    private long lastReport = started;
    private long rows;

    Progress(PrintStream out) {
        this.out = out;
    }

    synchronized void rowsWritten(long count) {
        rows += count;
    }

    synchronized void tasks(String unit, long done, long total) {
        long now = System.nanoTime();
        if (now - lastReport >= EVERY_NANOS) {
            lastReport = now;
            out.printf(
                    "generate: %-9s %,12d / %,d tasks   %,.0f rows so far, %,.0f rows/s%n",
                    unit, done, total, (double) rows, rowsPerSecond());
        }
    }

    synchronized void note(String message) {
        out.println("generate: " + message);
    }

    synchronized long rows() {
        return rows;
    }

    double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    synchronized double rowsPerSecond() {
        return rows / Math.max(seconds(), 1e-9);
    }
}

package vn.kyluat.etl;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import vn.kyluat.etl.job.ExtractProgress;

/** Prints rows and rates per source every few seconds while a run works. */
public final class ProgressReporter implements AutoCloseable {
    private final ScheduledExecutorService timer;

    private ProgressReporter(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    public static ProgressReporter start(ExtractProgress progress, int seconds, PrintStream out) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "extract-progress");
            thread.setDaemon(true);
            return thread;
        });
        Map<String, Long> previous = new HashMap<>();
        // The timer is shut down by close(); nothing waits on the periodic task's future.
        var unused = timer.scheduleAtFixedRate(
                () -> {
                    Map<String, Long> now = progress.snapshot();
                    if (now.isEmpty()) {
                        return;
                    }
                    StringJoiner line = new StringJoiner(", ", "extract: ", "");
                    now.forEach((source, rows) -> line.add(String.format(
                            "%s %,d rows (%,d/s)",
                            source, rows, (rows - previous.getOrDefault(source, 0L)) / Math.max(1, seconds))));
                    previous.putAll(now);
                    out.println(line);
                },
                seconds,
                Math.max(1, seconds),
                TimeUnit.SECONDS);
        return new ProgressReporter(timer);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}

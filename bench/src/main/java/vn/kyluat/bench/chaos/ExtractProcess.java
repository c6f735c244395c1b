package vn.kyluat.bench.chaos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The extraction as a separate JVM ({@code EtlMain extract --config FILE [--restart]}, on this JVM's
 * classpath), run to its end or killed with SIGKILL once it has written a number of chunk parts.
 * Each launch's output goes to a log file of its own; a launch that outlives its limit is killed
 * and fails the harness with where its threads were ({@link StuckProcess}).
 */
public final class ExtractProcess {
    private static final Pattern CHUNK_PART = Pattern.compile("part-.*-c\\d{12}\\.parquet");
    private final Path config;
    private final Path lake;
    private final Path logs;
    private final Duration limit;
    private int launches;
    private Path lastLog;

    /** @param limit how long one launch may take before it counts as stuck */
    public ExtractProcess(Path config, Path lake, Path logs, Duration limit) {
        this.config = config;
        this.lake = lake;
        this.logs = logs;
        this.limit = limit;
    }

    /** How a launch ended: killed, or its exit code. */
    public record Ending(boolean killed, int exitCode) {}

    public int run(boolean restart) {
        return runUntilParts(restart, Integer.MAX_VALUE).exitCode();
    }

    /** Starts a run (or a restart) and kills it with SIGKILL once {@code parts} more chunk parts exist in the lake. */
    public Ending runUntilParts(boolean restart, int parts) {
        long target = chunkParts() + (long) parts;
        Process process = start(restart);
        long deadline = System.nanoTime() + limit.toNanos();
        try {
            while (!process.waitFor(50, TimeUnit.MILLISECONDS)) {
                if (System.nanoTime() > deadline) {
                    throw StuckProcess.killed(
                            "extract launch " + launches + (restart ? " (--restart)" : "") + " of " + config,
                            process,
                            lastLog,
                            limit);
                }
                if (chunkParts() >= target) {
                    process.destroyForcibly(); // SIGKILL on Unix: no shutdown hook, no cleanup
                    process.waitFor();
                    return new Ending(true, process.exitValue());
                }
            }
            return new Ending(false, process.exitValue());
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while extracting " + config, e);
        }
    }

    /** Chunk parts in the lake now (parts linked into a new version count again, which only moves the target). */
    public long chunkParts() {
        if (!Files.isDirectory(lake)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(lake)) {
            return files.filter(
                            p -> CHUNK_PART.matcher(p.getFileName().toString()).matches())
                    .count();
        } catch (IOException | UncheckedIOException e) {
            return 0; // a file went while walking: count again at the next look
        }
    }

    private Process start(boolean restart) {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx512m",
                "-XX:+UseParallelGC",
                "-Dfile.encoding=UTF-8",
                "-cp",
                System.getProperty("java.class.path"),
                "vn.kyluat.etl.EtlMain",
                "extract",
                "--config",
                config.toString()));
        if (restart) {
            command.add("--restart");
        }
        try {
            Files.createDirectories(logs);
            lastLog = logs.resolve("extract-" + String.format("%03d", ++launches) + ".log");
            return new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(lastLog.toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the extraction", e);
        }
    }

    /** What the latest launch printed about failed or partial sources, and its last lines, to say why it failed. */
    public String lastLogTail(int lines) {
        try {
            List<String> all = Files.readAllLines(lastLog);
            List<String> why = all.stream()
                    .filter(l -> l.startsWith("partial: ") || l.startsWith("failed: "))
                    .toList();
            return lastLog + ":\n" + String.join("\n", why) + "\n…\n"
                    + String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | RuntimeException e) {
            return "no log (" + e.getMessage() + ")";
        }
    }
}

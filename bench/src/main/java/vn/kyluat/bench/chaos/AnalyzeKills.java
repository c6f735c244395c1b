package vn.kyluat.bench.chaos;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import vn.kyluat.contract.MartsLayout;

/**
 * Kills {@code ops analyze} with SIGKILL at random instants and reruns it, then compares the CSV
 * exports of its published set of marts, file by file, with an uninterrupted analysis of the same lake. The analysis runs as
 * the {@code ops} script launches it (a JVM of its own, on the analytics classpath). A launch that
 * outlives its limit is killed and fails the harness with where its threads were ({@link StuckProcess}).
 */
public final class AnalyzeKills {
    private static final int KILLED = -1;
    private final Path ops;
    private final Path workspace;
    private final Duration limit;
    private final Random random;
    private final PrintStream out;
    private int launches;

    /** @param limit how long one analysis may take before it counts as stuck */
    public AnalyzeKills(Path ops, Path workspace, Duration limit, long seed, PrintStream out) {
        this.ops = ops;
        this.workspace = workspace;
        this.limit = limit;
        this.random = new Random(seed);
        this.out = out;
    }

    /** What the kills found: launches killed, launches that ran to their end, CSV exports compared and those that differ. */
    public record Result(int kills, int reruns, int filesCompared, List<String> filesDiffering) {}

    /**
     * @param referenceConfig a configuration whose {@code marts} the uninterrupted analysis writes
     * @param killedConfig the same lake, other marts
     */
    public Result run(Path referenceConfig, Path killedConfig, int kills) {
        long started = System.nanoTime();
        require(analyze(referenceConfig, Long.MAX_VALUE), "the uninterrupted analysis");
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        out.printf("uninterrupted analysis: %.0f s%n", millis / 1000.0);
        int killedLaunches = 0;
        int endedLaunches = 0;
        // A launch that ends before its kill instant (the machine got faster) is a rerun, not a kill: launch
        // again until as many were killed, within three times as many launches.
        for (int launch = 0; killedLaunches < kills && launch < 3 * kills; launch++) {
            if (analyze(killedConfig, 2_000 + (long) (random.nextDouble() * Math.max(1, millis - 2_000))) == KILLED) {
                killedLaunches++;
            } else {
                endedLaunches++;
            }
        }
        require(analyze(killedConfig, Long.MAX_VALUE), "the rerun after the last kill");
        Map<String, String> reference = csvDigests(publishedCsv(marts(referenceConfig)));
        Map<String, String> killed = csvDigests(publishedCsv(marts(killedConfig)));
        List<String> differing = reference.keySet().stream()
                .filter(f -> !reference.get(f).equals(killed.get(f)))
                .toList();
        return new Result(killedLaunches, endedLaunches + 1, reference.size(), differing);
    }

    /** Runs the analysis, killing it after {@code killAfterMillis}; its exit code, or {@link #KILLED}. */
    private int analyze(Path config, long killAfterMillis) {
        try {
            Path log =
                    workspace.resolve("logs-analyze").resolve("analyze-" + String.format("%03d", ++launches) + ".log");
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(ops.toString(), "analyze", "--config", config.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (process.waitFor(Math.min(killAfterMillis, limit.toMillis()), TimeUnit.MILLISECONDS)) {
                return process.exitValue();
            }
            if (killAfterMillis > limit.toMillis()) {
                throw StuckProcess.killed("analyze launch " + launches + " of " + config, process, log, limit);
            }
            // ops execs the JVM, so the process is the analysis itself.
            process.destroyForcibly();
            process.waitFor();
            return KILLED;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + ops, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while analysing", e);
        }
    }

    private static Path marts(Path config) {
        try {
            String line = Files.readAllLines(config).stream()
                    .filter(l -> l.startsWith("marts: "))
                    .findFirst()
                    .orElseThrow();
            return config.resolveSibling(line.substring("marts: ".length()).trim());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The CSV exports of the set of marts the folder's pointer publishes. */
    static Path publishedCsv(Path marts) {
        try {
            MartsLayout.Pointer pointer =
                    MartsLayout.Pointer.parse(Files.readString(Path.of(MartsLayout.pointer(marts.toString()))));
            return Path.of(pointer.setDir(marts.toString())).resolve("csv");
        } catch (IOException e) {
            throw new UncheckedIOException("no published set of marts in " + marts, e);
        }
    }

    private static Map<String, String> csvDigests(Path csv) {
        Map<String, String> digests = new TreeMap<>();
        try (Stream<Path> files = Files.list(csv)) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".csv"))
                    .toList()) {
                digests.put(file.getFileName().toString(), Long.toHexString(digest(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return digests;
    }

    private static long digest(Path file) throws IOException {
        var sha = LakeDump.sha256();
        try (var in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                sha.update(buffer, 0, n);
            }
        }
        return ByteBuffer.wrap(sha.digest()).getLong();
    }

    private static void require(int exitCode, String what) {
        if (exitCode != 0) {
            throw new IllegalStateException(what + " exited with " + exitCode + "; see its log");
        }
    }
}

package vn.kyluat.bench.chaos;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Kills the extraction with SIGKILL at random points and restarts it, then compares the lake with an
 * uninterrupted run's, row for row. Two phases on the same PostgreSQL province:
 *
 * <ol>
 *   <li>a whole load killed {@code kills / 2} times, the source unchanged: the lakes must be identical;
 *   <li>a whole load into a fresh lake killed the other kills, the source changed between each kill and
 *       its restart ({@link SourceChanges}: a task sorting first, an update, a late commit, an orphan
 *       event, and once the first task deleted after the restart committed it); then the orphans' tasks
 *       arrive and both lakes run once more: they must be identical again.
 * </ol>
 */
public final class ChaosHarness {
    private static final Pattern LAKE_LINE = Pattern.compile("(?m)^lake: .*$");
    private static final Pattern MARTS_LINE = Pattern.compile("(?m)^marts: .*$");
    private final Path workspace;
    private final Path generatedConfig;
    private final List<SourceChanges> units;
    private final int chunkSize;
    private final Duration launchLimit;
    private final Random random;
    private final PrintStream out;

    /**
     * @param generatedConfig the pipeline.yaml {@code ops generate} wrote (its lake is not used)
     * @param units the PostgreSQL task units, changed in phase 2
     * @param launchLimit how long one extraction may take before it counts as stuck (then the harness fails)
     */
    public ChaosHarness(
            Path workspace,
            Path generatedConfig,
            List<SourceChanges> units,
            int chunkSize,
            Duration launchLimit,
            long seed,
            PrintStream out) {
        this.workspace = workspace;
        this.generatedConfig = generatedConfig;
        this.units = units;
        this.chunkSize = chunkSize;
        this.launchLimit = launchLimit;
        this.random = new Random(seed);
        this.out = out;
    }

    /** What the harness did and found. */
    public record Report(
            int kills, int restarts, int sourceChanges, LakeDump.Comparison unchanged, LakeDump.Comparison changed) {
        public long rowsCompared() {
            return unchanged.rowsCompared() + changed.rowsCompared();
        }

        public long rowsLost() {
            return unchanged.rowsLost() + changed.rowsLost();
        }

        public long rowsExtra() {
            return unchanged.rowsExtra() + changed.rowsExtra();
        }
    }

    public Report run(int kills) {
        ExtractProcess reference = extraction("reference");
        require(reference.run(false), "the uninterrupted run", reference);
        long parts = reference.chunkParts();
        out.printf("uninterrupted run: %,d chunk parts%n", parts);

        ExtractProcess unchanged = extraction("killed");
        Counts first = killAndRestart(unchanged, kills / 2, parts, false);
        LakeDump.Comparison same = LakeDump.of(lake("reference")).compare(LakeDump.of(lake("killed")));
        out.printf(
                "phase 1 (source unchanged): %d kills, %d restarts; %,d rows compared, %,d lost, %,d extra%n",
                first.kills, first.restarts, same.rowsCompared(), same.rowsLost(), same.rowsExtra());

        ExtractProcess changing = extraction("changed");
        Counts second = killAndRestart(changing, kills - kills / 2, parts, true);
        units.forEach(SourceChanges::deliverOrphanTasks);
        require(reference.run(false), "the reference's next run", reference);
        require(changing.run(false), "the changed lake's next run", changing);
        LakeDump.Comparison changed = LakeDump.of(lake("reference")).compare(LakeDump.of(lake("changed")));
        int changes = units.stream().mapToInt(SourceChanges::applied).sum();
        out.printf(
                "phase 2 (%d source changes between kills and restarts): %d kills, %d restarts; %,d rows compared, %,d lost, %,d extra%n",
                changes,
                second.kills,
                second.restarts,
                changed.rowsCompared(),
                changed.rowsLost(),
                changed.rowsExtra());
        return new Report(first.kills + second.kills, first.restarts + second.restarts, changes, same, changed);
    }

    private record Counts(int kills, int restarts) {}

    /** Kills a whole load {@code kills} times at random numbers of chunk parts, restarting after each, then lets it finish. */
    private Counts killAndRestart(ExtractProcess extraction, int kills, long parts, boolean changeSource) {
        int done = 0;
        int restarts = 0;
        boolean deleted = false;
        ExtractProcess.Ending ending = extraction.runUntilParts(false, between(parts, kills));
        while (ending.killed()) {
            done++;
            if (changeSource) {
                SourceChanges unit = units.get(random.nextInt(units.size()));
                unit.change(done);
                if (!deleted && firstTaskChunkCommitted()) {
                    units.get(0).deleteFirstTask();
                    deleted = true;
                }
            }
            restarts++;
            ending = done < kills
                    ? extraction.runUntilParts(true, between(parts, kills))
                    : new ExtractProcess.Ending(false, extraction.run(true));
        }
        require(ending.exitCode(), "the last restart", extraction);
        return new Counts(done, restarts);
    }

    /**
     * A kill point: 1 to the parts an uninterrupted run writes per kill, so that every kill falls within
     * the run (a restart rewrites the uncommitted chunk's parts, and publishing links parts anew).
     */
    private int between(long parts, int kills) {
        return 1 + random.nextInt((int) Math.max(1, parts / (kills + 1)));
    }

    /**
     * Whether the first unit's task step has committed its first chunk in the run being killed: its
     * version folder holds a second chunk part, or the run published it. Only then is deleting the
     * first task a change behind the restart's position.
     */
    private boolean firstTaskChunkCommitted() {
        // The task units' sources are named unit-a, unit-b, ... in the generated configuration.
        Path tasks = lake("changed").resolve("task").resolve("source=unit-a");
        try (Stream<Path> versions = Files.list(tasks)) {
            return versions.filter(Files::isDirectory)
                    .anyMatch(v -> parts(v) >= 2 || Files.exists(tasks.resolve("_current")));
        } catch (IOException e) {
            return false;
        }
    }

    private static long parts(Path version) {
        try (Stream<Path> files = Files.list(version)) {
            return files.filter(p -> p.getFileName().toString().matches("part-.*-c\\d{12}\\.parquet"))
                    .count();
        } catch (IOException e) {
            return 0;
        }
    }

    private ExtractProcess extraction(String name) {
        Path config = config(name, name, name);
        return new ExtractProcess(config, lake(name), workspace.resolve("logs-" + name), launchLimit);
    }

    /**
     * A configuration of the generated sources with a lake, marts and job repository of its own.
     *
     * @param lake the name of the lake ({@code lake-<name>})
     * @param marts the name of the marts ({@code marts-<name>})
     */
    public Path config(String name, String lake, String marts) {
        Path config = workspace.resolve(name + ".yaml");
        try {
            String generated = Files.readString(generatedConfig);
            // A small sample's configuration may have an extract section already (its allowance of rejects).
            boolean hasExtract = generated.contains("\nextract:\n");
            String own = "lake: lake-" + lake + "\n"
                    + "job_repository:\n  url: 'jdbc:h2:file:"
                    + workspace.resolve("batch-" + name).toAbsolutePath()
                    + "/job-repository;DB_CLOSE_DELAY=-1'\n  user: sa"
                    + (hasExtract ? "" : "\nextract: {chunk_size: " + chunkSize + "}");
            String yaml = LAKE_LINE.matcher(generated).replaceFirst(Matcher.quoteReplacement(own));
            if (hasExtract) {
                yaml = yaml.replace("\nextract:\n", "\nextract:\n  chunk_size: " + chunkSize + "\n");
            }
            Files.writeString(config, MARTS_LINE.matcher(yaml).replaceFirst("marts: marts-" + marts));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return config;
    }

    private Path lake(String name) {
        return workspace.resolve("lake-" + name);
    }

    private static void require(int exitCode, String what, ExtractProcess process) {
        if (exitCode != 0) {
            throw new IllegalStateException(
                    what + " exited with " + exitCode + "; the end of its log, " + process.lastLogTail(20));
        }
    }
}

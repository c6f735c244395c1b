package vn.kyluat.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import vn.kyluat.analytics.marts.FaultPoint;
import vn.kyluat.contract.Mart;
import vn.kyluat.contract.MartsLayout;

/**
 * {@code analyze} in a JVM of its own, killed with SIGKILL at the points where a run dies worst:
 * after the first mart of the new set is written, in the middle of a CSV export, and with the new
 * pointer written but not yet swapped in. Each time the set published before (quarters 2025Q2 to
 * 2025Q3) must stay whole and current; a rerun (2025Q2 to 2025Q4), watched by a reader the whole
 * time, publishes the new set at once, and its CSV exports equal those of an uninterrupted run.
 * The test JVM itself starts no Spark.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnalyzeKillIntegrationTests {
    private static final List<String> BEFORE = List.of("--from", "2025Q2", "--to", "2025Q3");
    private static final List<String> AFTER = List.of("--from", "2025Q2", "--to", "2025Q4");
    /** Generous: one run of this tiny lake took about 3 minutes on a loaded, shared 2-core machine. */
    private static final long RUN_TIMEOUT_SECONDS = 600;

    @TempDir
    static Path workspace;

    private static Path config;
    private static Map<Mart, String> publishedBefore;
    private static String setBefore;

    @BeforeAll
    static void publishTheFirstSet() throws Exception {
        GeneratedLake.write(workspace, 600);
        config = workspace.resolve("pipeline.yaml");
        Files.writeString(config, "analytics:\n  shuffle_partitions: 2\n", java.nio.file.StandardOpenOption.APPEND);

        Analyze first = Analyze.start(BEFORE, null);
        assertThat(first.waitFor())
                .as("first analyze; stderr:%n%s", first.stderr())
                .isZero();
        publishedBefore = readCurrentSet();
        setBefore = currentSetId();
        assertThat(quarters(publishedBefore.get(Mart.ORG_QUARTER_METRICS))).containsExactly("2025Q2", "2025Q3");
    }

    @Test
    @Order(1)
    void killedAfterTheFirstMartOfTheNewSetThePreviousSetStaysWholeAndCurrent() throws Exception {
        killAt(FaultPoint.AFTER_FIRST_MART);
    }

    @Test
    @Order(2)
    void killedDuringACsvExportThePreviousSetStaysWholeAndCurrent() throws Exception {
        killAt(FaultPoint.DURING_CSV_EXPORT);
    }

    @Test
    @Order(3)
    void killedJustBeforeThePointerSwapThePreviousSetStaysWholeAndCurrent() throws Exception {
        killAt(FaultPoint.BEFORE_POINTER_SWAP);
    }

    @Test
    @Order(4)
    void aRerunWatchedByAReaderPublishesTheNewSetAtOnceAndEqualsAnUninterruptedRun() throws Exception {
        List<String> seen = new ArrayList<>();
        AtomicBoolean running = new AtomicBoolean(true);
        CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> {
            while (running.get()) {
                Map<Mart, String> set = readCurrentSet();
                seen.add(String.join(",", quarters(set.get(Mart.ORG_QUARTER_METRICS))) + " | "
                        + String.join(",", quarters(set.get(Mart.TASK_QUARTER_FACTS))));
                pause(Duration.ofMillis(20)); // leave the CPU to the run it watches
            }
        });
        Analyze rerun = Analyze.start(AFTER, null);
        int exit = rerun.waitFor();
        running.set(false);
        reader.get(60, TimeUnit.SECONDS);
        assertThat(exit).as("rerun; stderr:%n%s", rerun.stderr()).isZero();
        Map<Mart, String> afterRerun = readCurrentSet();
        String rerunSet = currentSetId();

        Analyze uninterrupted = Analyze.start(AFTER, null);
        assertThat(uninterrupted.waitFor())
                .as("uninterrupted; stderr:%n%s", uninterrupted.stderr())
                .isZero();

        assertThat(seen)
                .isNotEmpty()
                .allMatch(q -> q.equals("2025Q2,2025Q3 | 2025Q2,2025Q3")
                        || q.equals("2025Q2,2025Q3,2025Q4 | 2025Q2,2025Q3,2025Q4"));
        assertThat(quarters(afterRerun.get(Mart.ORG_QUARTER_METRICS))).containsExactly("2025Q2", "2025Q3", "2025Q4");
        assertThat(readCurrentSet()).isEqualTo(afterRerun);
        // The current set and the one before it stay; older ones and those of killed runs are gone.
        assertThat(setsOnDisk()).containsExactlyInAnyOrder(rerunSet, currentSetId());
    }

    @Test
    @Order(5)
    void anUnwritableMartsLocationFailsBeforeTheLakeIsReadWithAClearMessage() throws Exception {
        Path blocker = workspace.resolve("not-a-folder");
        Files.writeString(blocker, "a file where the marts folder should be");
        Path unwritable = workspace.resolve("unwritable.yaml");
        Files.writeString(unwritable, Files.readString(config).replace("marts: marts", "marts: not-a-folder/marts"));

        Analyze run = Analyze.start(unwritable, AFTER, null);
        int exit = run.waitFor();

        assertThat(exit).as("stderr:%n%s", run.stderr()).isEqualTo(AnalyticsMain.USAGE);
        assertThat(run.stderr())
                .contains("not-a-folder/marts", "cannot be written")
                .doesNotContain("reading the lake", "\tat ");
    }

    private static void killAt(String point) throws Exception {
        Analyze run = Analyze.start(AFTER, point);
        assertThat(run.killWhenPaused())
                .as("paused at %s; stderr:%n%s", point, run.stderr())
                .isTrue();

        assertThat(currentSetId()).isEqualTo(setBefore);
        assertThat(readCurrentSet()).as("the set published before").isEqualTo(publishedBefore);
    }

    /** Every CSV export of the set the pointer names, read after resolving the pointer once. */
    private static Map<Mart, String> readCurrentSet() {
        String set = MartsLayout.setDir(marts().toString(), currentSetId());
        Map<Mart, String> exports = new EnumMap<>(Mart.class);
        for (Mart mart : Mart.values()) {
            try {
                exports.put(mart, Files.readString(Path.of(mart.csvPath(set))));
            } catch (IOException e) {
                throw new AssertionError("the current set has no readable " + mart.martName() + " export", e);
            }
        }
        return exports;
    }

    private static String currentSetId() {
        try {
            return MartsLayout.Pointer.parse(Files.readString(Path.of(MartsLayout.pointer(marts().toString()))))
                    .set();
        } catch (IOException e) {
            throw new AssertionError("no marts pointer", e);
        }
    }

    private static Set<String> setsOnDisk() throws IOException {
        try (var sets = Files.list(Path.of(MartsLayout.setsDir(marts().toString())))) {
            return sets.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet());
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Path marts() {
        return workspace.resolve("marts");
    }

    private static Set<String> quarters(String csv) {
        Set<String> quarters = new TreeSet<>();
        csv.lines().skip(1).forEach(line -> quarters.add(line.substring(0, line.indexOf(','))));
        return quarters;
    }

    /** One analyze in its own JVM, with this JVM's flags and classpath, stderr collected. */
    private record Analyze(Process process, StringBuffer err, CompletableFuture<Boolean> paused) {
        private static final Pattern PAUSED = Pattern.compile("paused at ");

        static Analyze start(List<String> quarters, String pauseAt) throws IOException {
            return start(config, quarters, pauseAt);
        }

        static Analyze start(Path configFile, List<String> quarters, String pauseAt) throws IOException {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                    .filter(flag -> !flag.startsWith("-agentlib") && !flag.startsWith("-javaagent"))
                    .toList());
            command.addAll(List.of(
                    "-Dspark.sql.codegen.wholeStage=false",
                    "-Dspark.sql.adaptive.enabled=false",
                    "-cp",
                    System.getProperty("java.class.path"),
                    AnalyticsMain.class.getName(),
                    "analyze",
                    "--config",
                    configFile.toString(),
                    "--master",
                    "local[1]"));
            command.addAll(quarters);
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
            if (pauseAt != null) {
                builder.environment().put(FaultPoint.PAUSE_AT, pauseAt);
            }
            Process process = builder.start();
            @SuppressWarnings("JdkObsolete") // appended by the watcher thread below, read by this one
            StringBuffer err = new StringBuffer();
            CompletableFuture<Boolean> paused = new CompletableFuture<>();
            Thread watcher = new Thread(() -> {
                try (BufferedReader lines =
                        new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        err.append(line).append('\n');
                        if (PAUSED.matcher(line).find()) {
                            paused.complete(true);
                        }
                    }
                } catch (IOException e) {
                    err.append(e).append('\n');
                }
                paused.complete(false);
            });
            watcher.setDaemon(true);
            watcher.start();
            return new Analyze(process, err, paused);
        }

        int waitFor() throws Exception {
            if (!process.waitFor(RUN_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("analyze did not end within " + RUN_TIMEOUT_SECONDS + " s; stderr:\n" + err);
            }
            return process.exitValue();
        }

        /** Waits until the run says it paused, then kills it with SIGKILL; false when it ended without pausing. */
        boolean killWhenPaused() throws Exception {
            boolean reached = paused.get(RUN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            process.destroyForcibly().waitFor(); // SIGKILL on Linux
            return reached;
        }

        String stderr() {
            return err.toString();
        }
    }
}

package vn.kyluat.sample;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import vn.kyluat.etl.config.ExtractGuards;

/**
 * Generates the whole sample province: plans it, writes the registry and every task unit to their
 * targets, then {@code units/expected.json} and {@code pipeline.yaml}.
 */
public final class SampleProvinceGenerator {
    public static final String PIPELINE_FILE = "pipeline.yaml";
    public static final String EXPECTED_FILE = "expected.json";

    /** What was generated: the truth and where each unit went. */
    public record Result(
            Province province, ExpectedTruth truth, Map<String, String> locations, long rows, double seconds) {}

    private SampleProvinceGenerator() {}

    /**
     * Generates the province with the task units spread over {@code threads} threads; each unit has its
     * own random stream, codes and tally, so the data is the same whatever the number of threads.
     */
    public static Result generate(ProvinceSize size, Path workspace, UnitTargets targets, int threads, PrintStream log)
            throws IOException, InterruptedException {
        Progress progress = new Progress(log);
        Province province = ProvincePlanner.plan(size);
        deleteRecursively(targets.unitsFolder());
        if (targets.isLakeOnly()) {
            deleteRecursively(targets.lakeFolder());
        }
        Files.createDirectories(targets.unitsFolder());
        ExpectedTruth truth = new ExpectedTruth(province);
        Map<String, String> locations = new ConcurrentHashMap<>();

        progress.note("registry: " + province.tree().orgs().size() + " organisations, "
                + province.tree().staff().size() + " staff");
        try (UnitSink sink = new CountingSink(Province.REGISTRY_ID, targets.open(Province.REGISTRY_ID, false), truth)) {
            RegistryGenerator.generate(province, sink, truth);
            locations.put(Province.REGISTRY_ID, sink.location());
        }
        progress.rowsWritten(
                province.tree().orgs().size() + province.tree().staff().size());

        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<?>> running = new ArrayList<>();
            for (TaskUnit unit : province.units()) {
                running.add(pool.submit(() -> {
                    progress.note(unit.id() + ": " + unit.grassrootsCodes().size() + " grassroots organisations, "
                            + unit.tasks() + " tasks");
                    try (UnitSink sink = new CountingSink(unit.id(), targets.open(unit.id(), unit.csv()), truth)) {
                        TaskUnitGenerator.generate(province, unit, sink, truth, progress);
                        locations.put(unit.id(), sink.location());
                    }
                    progress.note(unit.id() + ": done");
                    return null;
                }));
            }
            for (Future<?> unit : running) {
                unit.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }

        StringBuilder sources = new StringBuilder();
        if (targets.isLakeOnly()) {
            sources.append("  []  # written straight into the lake; nothing to extract\n");
        } else {
            sources.append(targets.sourceEntry(Province.REGISTRY_ID, true, false));
            province.units().forEach(unit -> sources.append(targets.sourceEntry(unit.id(), false, unit.csv())));
        }
        Files.writeString(targets.unitsFolder().resolve(EXPECTED_FILE), truth.toJson(), StandardCharsets.UTF_8);
        Files.writeString(
                workspace.resolve(PIPELINE_FILE),
                pipelineYaml(size, sources, truth.largestPlantedShare()),
                StandardCharsets.UTF_8);
        return new Result(province, truth, locations, progress.rows(), progress.seconds());
    }

    private static String pipelineYaml(ProvinceSize size, CharSequence sources, double plantedShare) {
        return "# The sample province written by `ops generate --seed " + size.seed()
                + "`; read by `ops extract --config`.\n"
                + "lake: lake\n"
                + "marts: marts\n"
                + "reports: reports\n"
                + rejectAllowance(plantedShare)
                + "sources:\n"
                + sources;
    }

    /**
     * Every unit gets the same number of planted bad records, so in a small province they can be most of
     * a small relation; the sample then allows that share of rejects (with a margin for the events of
     * rejected tasks), so that its known bad records alone do not make the extraction partial.
     */
    private static String rejectAllowance(double plantedShare) {
        double limit = ExtractGuards.DEFAULT.maxRejectedShare();
        if (plantedShare <= limit) {
            return "";
        }
        double allowed = Math.min(1.0, Math.ceil(plantedShare * 10) / 10 + 0.1);
        return "extract:\n"
                + "  # the planted bad records are up to " + Math.round(plantedShare * 100)
                + "% of a relation in a province this small\n"
                + "  max_rejected_share: " + allowed + "\n";
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}

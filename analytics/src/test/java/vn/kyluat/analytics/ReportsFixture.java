package vn.kyluat.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import vn.kyluat.analytics.config.AnalyticsConfig;
import vn.kyluat.contract.LakeLayout;
import vn.kyluat.contract.MartsLayout;
import vn.kyluat.contract.MartsLayout.Pointer;
import vn.kyluat.contract.Relation;
import vn.kyluat.etl.EtlMain;
import vn.kyluat.sample.GenerateCommand;

/**
 * The province the reports module's tests read ({@code reports/src/test/resources/province}): a small
 * province of the sample generator, extracted and analysed by the real pipeline, kept as what reports
 * read: the marts pointer, the published set's CSV exports and the registry's staff relation (the names
 * of a unit's own report). Nothing in it is written by hand.
 */
final class ReportsFixture {
    /** The committed fixture, seen from the analytics module's folder (where Maven runs its tests). */
    static final Path COMMITTED = Path.of("../reports/src/test/resources/province");

    /** Rebuild the committed fixture from today's analytics instead of only comparing with it. */
    static final String REBUILD_PROPERTY = "kyluat.fixture.rebuild";

    /**
     * 5 grassroots organisations, 12 cells, 4 quarters (2025Q1–2025Q4), a merger half-way, every kind of
     * bad record: every list and watch reason reports' tests need, in a few hundred KiB of CSV.
     */
    private static final List<String> PROVINCE =
            List.of("--grassroots", "5", "--cells", "12", "--quarters", "4", "--tasks", "800", "--seed", "46");

    private ReportsFixture() {}

    /** Generates the province's unit systems under {@code workspace}, extracts them and analyses the lake. */
    static void analyse(Path workspace, SparkSession spark) {
        List<String> generate = new java.util.ArrayList<>(List.of("--workspace", workspace.toString()));
        generate.addAll(PROVINCE);
        assertThat(GenerateCommand.commandLine().execute(generate.toArray(String[]::new)))
                .as("generate")
                .isZero();
        Path config = workspace.resolve("pipeline.yaml");
        assertThat(EtlMain.commandLine().execute("extract", "--config", config.toString()))
                .as("extract")
                .isZero();
        new AnalysisRun(
                        spark,
                        AnalyticsConfig.load(config),
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .run();
    }

    /** The published set's CSV exports of an analysed workspace (or of the fixture). */
    static Path csvExports(Path workspace) throws IOException {
        Path marts = workspace.resolve("marts");
        Pointer pointer = Pointer.parse(Files.readString(Path.of(MartsLayout.pointer(marts.toString()))));
        return Path.of(pointer.setDir(marts.toString())).resolve("csv");
    }

    /** The registry's published staff version of an analysed workspace (or of the fixture). */
    static Path staffVersion(Path workspace) throws IOException {
        Path source = Path.of(LakeLayout.sourceDir(workspace.resolve("lake").toString(), Relation.STAFF, "registry"));
        String version = vn.kyluat.contract.CurrentVersion.parse(
                        Files.readString(source.resolve(LakeLayout.CURRENT_POINTER)))
                .version();
        return source.resolve(version);
    }

    /** Replaces the committed fixture with what reports read of an analysed workspace. */
    static void replaceCommitted(Path workspace) throws IOException {
        deleteRecursively(COMMITTED);
        Path marts = workspace.resolve("marts");
        copy(workspace, Path.of(MartsLayout.pointer(marts.toString())));
        copy(workspace, csvExports(workspace));
        Path staff = staffVersion(workspace);
        copy(workspace, staff.resolveSibling(LakeLayout.CURRENT_POINTER));
        copy(workspace, staff);
    }

    /** Copies a file or a folder's files to the same place in the fixture as in the workspace. */
    private static void copy(Path workspace, Path from) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path to = COMMITTED.resolve(workspace.relativize(file).toString());
                Files.createDirectories(to.getParent());
                Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}

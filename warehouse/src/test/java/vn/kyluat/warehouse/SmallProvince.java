package vn.kyluat.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import vn.kyluat.analytics.AnalyticsMain;
import vn.kyluat.contract.MartsLayout;
import vn.kyluat.contract.MartsLayout.Pointer;
import vn.kyluat.etl.EtlMain;
import vn.kyluat.sample.GenerateCommand;

/**
 * Real marts of a small generated province, built once per test JVM (and deleted when it ends): the
 * generator's embedded unit systems, the real extraction, the real analysis. Tests take a copy of its
 * configuration with their own {@code warehouse:} section.
 */
final class SmallProvince {
    private static Path workspace;

    private SmallProvince() {}

    static synchronized Path workspace() {
        if (workspace == null) {
            try {
                Path dir = Files.createTempDirectory("warehouse-province");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        delete(dir);
                    } catch (IOException e) {
                        System.err.println("could not delete " + dir + ": " + e.getMessage());
                    }
                }));
                workspace = build(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return workspace;
    }

    /** What the generator planted, by construction (units/expected.json). */
    static JsonNode expected() throws IOException {
        return new ObjectMapper()
                .readTree(workspace().resolve("units/expected.json").toFile());
    }

    static Path marts() {
        return workspace().resolve("marts");
    }

    /** The folder of the set of marts that {@code marts}' pointer publishes. */
    static Path publishedSet(Path marts) throws IOException {
        return Path.of(Pointer.parse(Files.readString(Path.of(MartsLayout.pointer(marts.toString()))))
                .setDir(marts.toString()));
    }

    /** A copy of the province's configuration with a warehouse section for the given database and schema. */
    static Path config(TestDatabase database, String schema) throws IOException {
        return config(database, schema, marts());
    }

    /** The same, reading the marts at {@code marts}. */
    static Path config(TestDatabase database, String schema, Path marts) throws IOException {
        Path config = Files.createTempFile(workspace(), "pipeline-" + schema, ".yaml");
        String province = Files.readString(workspace().resolve("pipeline.yaml"));
        Files.writeString(config, province.replace("\nmarts: marts\n", "\nmarts: " + marts + "\n"));
        Files.writeString(
                config,
                "warehouse:\n  url: " + database.url() + "\n  schema: " + schema + "\n  user: " + database.user() + "\n"
                        + (database.hasPassword() ? "  password_env: PGPASSWORD\n" : ""),
                StandardOpenOption.APPEND);
        return config;
    }

    /**
     * A copy of the marts without their last quarter: a second, smaller version of the warehouse whose
     * tables all differ from the first in their row counts.
     */
    static Path martsWithoutLastQuarter() throws IOException {
        Path copy = Files.createTempDirectory(workspace(), "marts-shorter");
        try (Stream<Path> files = Files.walk(marts())) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(marts().relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        String last;
        try (Stream<Path> quarters = Files.list(publishedSet(copy).resolve("org_quarter_metrics"))) {
            last = quarters.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("quarter="))
                    .sorted()
                    .reduce((a, b) -> b)
                    .orElseThrow();
        }
        try (Stream<Path> files = Files.walk(copy)) {
            for (Path folder :
                    files.filter(p -> p.getFileName().toString().equals(last)).toList()) {
                delete(folder);
            }
        }
        return copy;
    }

    /** Puts {@code source} in the place of {@code target}, which is deleted first. */
    static void replaceFolder(Path source, Path target) throws IOException {
        delete(target);
        Files.move(source, target);
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> inside = Files.walk(folder)) {
            for (Path f : inside.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }

    private static Path build(Path dir) throws IOException {
        assertThat(GenerateCommand.commandLine()
                        .execute(
                                "--workspace",
                                dir.toString(),
                                "--grassroots",
                                "6",
                                "--cells",
                                "24",
                                "--quarters",
                                "4",
                                "--tasks",
                                "3000"))
                .as("generate")
                .isZero();
        Path config = dir.resolve("pipeline.yaml");
        Files.writeString(config, "analytics:\n  shuffle_partitions: 2\n", StandardOpenOption.APPEND);
        assertThat(EtlMain.commandLine().execute("extract", "--config", config.toString()))
                .as("extract")
                .isZero();
        // Tiny data: compiling generated code and re-planning stages would cost more than they save.
        Map<String, String> smallData = Map.of(
                "spark.sql.codegen.wholeStage",
                "false",
                "spark.sql.codegen.factoryMode",
                "NO_CODEGEN",
                "spark.sql.adaptive.enabled",
                "false");
        smallData.forEach(System::setProperty);
        try {
            assertThat(AnalyticsMain.execute("analyze", "--config", config.toString(), "--master", "local[2]"))
                    .as("analyze")
                    .isZero();
        } finally {
            smallData.keySet().forEach(System::clearProperty);
        }
        return dir;
    }
}

package vn.kyluat.bench.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.kyluat.sample.GenerateCommand;
import vn.kyluat.sample.PostgresServer;

/**
 * The extraction as its own JVM, killed with SIGKILL at random points of a whole load of a small
 * PostgreSQL province and restarted with {@code --restart}: the lake is row for row that of an
 * uninterrupted run; and again with the source changed between each kill and its restart.
 */
class ExtractKillIntegrationTests {
    private static final List<String> DATABASES = List.of("registry", "unit_a", "unit_b", "unit_c");

    @TempDir
    Path dir;

    final PostgresServer server = PostgresServer.fromEnvironment(
            "jdbc:postgresql://" + env("PGHOST", "127.0.0.1") + ":" + env("PGPORT", "5432") + "/");
    final String prefix = "etl_test_" + UUID.randomUUID().toString().substring(0, 8) + "_";

    @AfterEach
    void drop() throws SQLException {
        for (String database : DATABASES) {
            server.drop(prefix + database);
        }
    }

    @Test
    void killedAndRestartedExtractionsPublishTheRowsOfAnUninterruptedOne() {
        assertThat(new CommandLine(new GenerateCommand())
                        .execute(
                                "--workspace",
                                dir.toString(),
                                "--pg-url",
                                server.baseUrl(),
                                "--db-prefix",
                                prefix,
                                "--tasks",
                                "1000",
                                "--grassroots",
                                "5",
                                "--cells",
                                "15",
                                "--bad-per-rule",
                                "1"))
                .isZero();
        List<SourceChanges> units = DATABASES.subList(1, 4).stream()
                .map(u -> new SourceChanges(server.url(prefix + u), server.user()))
                .toList();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        ChaosHarness.Report report = new ChaosHarness(
                        dir,
                        dir.resolve("pipeline.yaml"),
                        units,
                        100,
                        Duration.ofMinutes(5),
                        7,
                        new PrintStream(printed, true, StandardCharsets.UTF_8))
                .run(2);

        assertThat(report.kills()).as(printed.toString(StandardCharsets.UTF_8)).isEqualTo(2);
        assertThat(report.sourceChanges()).isGreaterThanOrEqualTo(1);
        assertThat(report.unchanged().rowsCompared()).isGreaterThan(3_000);
        assertThat(report.unchanged())
                .extracting(LakeDump.Comparison::rowsLost, LakeDump.Comparison::rowsExtra)
                .containsExactly(0L, 0L);
        assertThat(report.changed())
                .extracting(LakeDump.Comparison::rowsLost, LakeDump.Comparison::rowsExtra)
                .containsExactly(0L, 0L);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

package vn.kyluat.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kyluat.contract.ConfigNode;
import vn.kyluat.contract.Relation;
import vn.kyluat.contract.Zone;

/** Loads a small province into PostgreSQL (127.0.0.1:5432 or PGHOST/PGPORT/PGUSER) with COPY. */
class PostgresGenerationIntegrationTests {
    private static final String PREFIX =
            "etl_gen_it_" + UUID.randomUUID().toString().substring(0, 8) + "_";
    private static final List<String> DATABASE_UNITS = List.of("registry", "unit-a", "unit-b", "unit-c");

    @TempDir
    static Path workspace;

    private static PostgresServer server;
    private static UnitTargets targets;
    private static SampleProvinceGenerator.Result result;

    @BeforeAll
    static void generateIntoPostgres() throws Exception {
        String host = System.getenv().getOrDefault("PGHOST", "127.0.0.1");
        String port = System.getenv().getOrDefault("PGPORT", "5432");
        server = PostgresServer.fromEnvironment("jdbc:postgresql://" + host + ":" + port + "/");
        targets = new UnitTargets(workspace, server, PREFIX);
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        result = SampleProvinceGenerator.generate(new ProvinceSize(3, 6, 30, 2, 1200, 1), workspace, targets, 2, quiet);
    }

    @AfterAll
    static void dropDatabases() throws Exception {
        for (String unit : DATABASE_UNITS) {
            server.drop(targets.databaseName(unit));
        }
    }

    @Test
    void everyDatabaseHoldsTheRowsTheTruthCounts() throws Exception {
        for (String unit : DATABASE_UNITS) {
            try (Connection connection = server.connect(targets.databaseName(unit));
                    Statement statement = connection.createStatement()) {
                for (Relation relation : result.truth().relationsBySource().get(unit)) {
                    try (ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + relation.tableName())) {
                        rs.next();
                        assertThat(rs.getLong(1))
                                .as(unit + "." + relation.tableName())
                                .isEqualTo(result.truth().rows(unit, relation));
                    }
                }
            }
        }
    }

    @Test
    void timestampsKeepTheirVietnameseWorkingHoursAndTextItsDiacritics() throws Exception {
        try (Connection connection = server.connect(targets.databaseName("unit-a"));
                Statement statement = connection.createStatement();
                ResultSet rs =
                        statement.executeQuery("SELECT assigned_at, title FROM task ORDER BY task_code LIMIT 50")) {
            while (rs.next()) {
                LocalTime local = rs.getObject(1, OffsetDateTime.class)
                        .atZoneSameInstant(Zone.VIETNAM)
                        .toLocalTime();
                assertThat(local).isBetween(LocalTime.of(7, 30), LocalTime.of(17, 0));
                assertThat(rs.getString(2)).matches(".*[ạảãàáâậầấẩẫăắằặẳẵêếềệểễôốồộổỗơớờợởỡưứừựửữđ].*");
            }
        }
    }

    @Test
    void theConfigurationNamesPostgresSources() throws Exception {
        List<ConfigNode> sources = ConfigNode.load(workspace.resolve("pipeline.yaml"))
                .require("sources")
                .list();
        assertThat(sources.subList(0, 4)).allSatisfy(s -> {
            assertThat(s.requireText("type")).isEqualTo("postgres");
            assertThat(s.requireText("url")).isEqualTo(server.url(targets.databaseName(s.requireText("id"))));
            assertThat(s.requireText("user")).isEqualTo(server.user());
        });
        assertThat(sources.subList(4, 5)).extracting(s -> s.requireText("type")).containsExactly("csv");
        assertThat(Files.readString(workspace.resolve("units/expected.json"))).contains("\"unit-a\"");
    }
}

package vn.kyluat.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A loader killed with SIGKILL half-way, in a JVM of its own: the warehouse it was replacing is
 * intact, and the next load clears what the dead one left and completes.
 */
class WarehouseKillIntegrationTests {
    private static TestDatabase database;
    private static Connection connection;
    private static Path config;

    @BeforeAll
    static void loadAFirstVersion() throws Exception {
        SmallProvince.workspace();
        database = TestDatabase.create("kill");
        connection = database.connection();
        config = SmallProvince.config(database, "kyluat");
        assertThat(Warehouse.load(config)).isZero();
    }

    @AfterAll
    static void dropTheDatabase() throws SQLException {
        if (database != null) {
            database.close();
        }
    }

    /**
     * Killed inside the loading transaction (just after copying task_quarter_facts), or after it
     * committed the loaded schema but before the swap.
     */
    @ParameterizedTest
    @ValueSource(strings = {"task_quarter_facts:", "swapping"})
    void aKilledLoadLeavesThePreviousWarehouseAndTheNextLoadCompletes(String killedAt) throws Exception {
        Map<String, String> before = Warehouse.checksums(connection, "kyluat");
        List<List<Object>> loadedAt = Warehouse.rows(connection, "SELECT loaded_at FROM kyluat.warehouse_load");

        Process loader = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        PausingLoad.class.getName(),
                        config.toString(),
                        killedAt)
                .redirectErrorStream(true)
                .start();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(loader.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("PAUSED")) {
                // progress lines until the pause
            }
            assertThat(line).as("the loader reached '" + killedAt + "'").isEqualTo("PAUSED");
            loader.destroyForcibly();
            assertThat(loader.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(loader.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);

        assertThat(Warehouse.checksums(connection, "kyluat")).isEqualTo(before);
        assertThat(Warehouse.rows(connection, "SELECT loaded_at FROM kyluat.warehouse_load"))
                .isEqualTo(loadedAt);

        assertThat(Warehouse.load(config)).isZero();
        assertThat(Warehouse.schemas(connection, "kyluat")).containsExactly("kyluat");
        assertThat(Warehouse.checksums(connection, "kyluat")).isEqualTo(before);
        assertThat(Warehouse.rows(connection, "SELECT loaded_at FROM kyluat.warehouse_load"))
                .isNotEqualTo(loadedAt);
    }
}

package vn.kyluat.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kyluat.etl.support.Pipelines;
import vn.kyluat.etl.support.PostgresDatabases;
import vn.kyluat.etl.support.Province;
import vn.kyluat.etl.support.UnitDatabase;

/**
 * A run whose password comes from an environment variable, with a source that cannot be reached:
 * the password is in no file and no log the run wrote, and no URL's query string is echoed.
 */
class CredentialsIntegrationTests {
    @TempDir
    Path dir;

    final PostgresDatabases postgres = new PostgresDatabases();

    @AfterEach
    void drop() {
        postgres.dropAll();
    }

    @Test
    void thePasswordReachesNoFileNoLogAndNoJobRepositoryRow() throws Exception {
        String password = "Pw-" + UUID.randomUUID();
        String batch = postgres.create("batch_secret");
        String registry = postgres.create("registry_secret");
        postgres.execute(registry, UnitDatabase.referenceSchema() + Province.REGISTRY);
        Path config = Pipelines.write(
                dir, """
        job_repository:
          url: %s
          user: %s
          password_env: KYLUAT_TEST_PASSWORD
        sources:
          - {id: registry, type: postgres, registry: true, url: "%s", user: %s, password_env: KYLUAT_TEST_PASSWORD}
          - id: unit-b
            type: postgres
            url: jdbc:postgresql://127.0.0.1:1/kyluat_nowhere?ApplicationName=query-marker&connectTimeout=5
            user: kyluat_reader
            password_env: KYLUAT_TEST_PASSWORD
        """.formatted(postgres.url(batch), postgres.user(), postgres.url(registry), postgres.user()));
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");

        ProcessBuilder run = Pipelines.extractInItsOwnJvm(config)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        run.environment().put("KYLUAT_TEST_PASSWORD", password);
        Process process = run.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

        String log = Files.readString(out) + Files.readString(err);
        assertThat(process.exitValue()).as(log).isEqualTo(3);
        assertThat(log)
                .contains(
                        "source unit-b: cannot connect to jdbc:postgresql://127.0.0.1:1/kyluat_nowhere: Connection refused")
                .doesNotContain("query-marker");
        assertThat(filesHolding(password)).isEmpty();
        assertThat(filesHolding("query-marker")).containsExactly(config);
        assertThat(jobRepositoryRowsHolding(batch, password)).isZero();
        assertThat(jobRepositoryRowsHolding(batch, "query-marker")).isZero();
    }

    private List<Path> filesHolding(String text) throws IOException {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> contains(f, needle))
                    .toList();
        }
    }

    private static boolean contains(Path file, byte[] needle) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            outer:
            for (int i = 0; i + needle.length <= bytes.length; i++) {
                for (int j = 0; j < needle.length; j++) {
                    if (bytes[i + j] != needle[j]) {
                        continue outer;
                    }
                }
                return true;
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows of any Spring Batch table (exit messages, execution contexts, parameters) whose text holds the needle. */
    private long jobRepositoryRowsHolding(String database, String needle) throws SQLException {
        long rows = 0;
        try (Connection connection =
                DriverManager.getConnection(postgres.url(database), postgres.user(), System.getenv("PGPASSWORD"))) {
            for (String table : List.of(
                    "batch_job_instance",
                    "batch_job_execution",
                    "batch_job_execution_params",
                    "batch_job_execution_context",
                    "batch_step_execution",
                    "batch_step_execution_context")) {
                try (PreparedStatement query =
                        connection.prepareStatement("SELECT count(*) FROM " + table + " t WHERE t::text LIKE ?")) {
                    query.setString(1, "%" + needle + "%");
                    try (ResultSet result = query.executeQuery()) {
                        result.next();
                        rows += result.getLong(1);
                    }
                }
            }
        }
        return rows;
    }
}

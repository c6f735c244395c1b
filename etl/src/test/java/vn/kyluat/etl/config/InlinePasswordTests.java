package vn.kyluat.etl.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.kyluat.contract.ConfigException;

/** A password written into a JDBC URL is refused, with file and line, and is not repeated in the message. */
class InlinePasswordTests {
    @TempDir
    Path dir;

    static final String[] URLS = {
        "jdbc:postgresql://127.0.0.1:5432/unit?user=u&password=S3cret",
        "jdbc:postgresql://u:S3cret@127.0.0.1:5432/unit",
        "jdbc:h2:file:/data/unit;MODE=PostgreSQL;PASSWORD=S3cret",
        "jdbc:sqlserver://db:1433;databaseName=unit;password=S3cret"
    };

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void aSourceUrlWithAPasswordIsRefused(int which) throws Exception {
        Path file = Files.writeString(dir.resolve("pipeline.yaml"), """
        sources:
          - id: registry
            type: jdbc
            registry: true
            url: "%s"
        """.formatted(URLS[which]));

        assertThatThrownBy(() -> ExtractConfigReader.read(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(file.toAbsolutePath() + ":5: sources[0].url: the URL holds a password (")
                .hasMessageContaining("use password_env")
                .hasMessageNotContaining("S3cret");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1})
    void aJobRepositoryUrlWithAPasswordIsRefused(int which) throws Exception {
        Path file = Files.writeString(dir.resolve("pipeline.yaml"), """
        job_repository:
          url: "%s"
        sources:
          - {id: registry, type: csv, registry: true, path: units}
        """.formatted(URLS[which]));

        assertThatThrownBy(() -> ExtractConfigReader.read(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(file.toAbsolutePath() + ":2: job_repository.url: the URL holds a password (")
                .hasMessageNotContaining("S3cret");
    }
}

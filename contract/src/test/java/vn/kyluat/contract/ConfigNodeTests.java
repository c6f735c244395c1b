package vn.kyluat.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigNodeTests {
    @TempDir
    Path dir;

    private ConfigNode write(String yaml) throws IOException {
        Path file = dir.resolve("pipeline.yaml");
        Files.writeString(file, yaml);
        return ConfigNode.load(file);
    }

    @Test
    void anUnknownKeyIsReportedWithFileLineAndTheKeysThatAreKnown() throws IOException {
        ConfigNode root = write("lake: lake\nsources:\n  - id: a\n    passwrd_env: X\n");
        ConfigNode source = root.require("sources").list().get(0);
        assertThatThrownBy(() -> source.checkKeys("id", "password_env"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("pipeline.yaml:4:")
                .hasMessageContaining("unknown key 'passwrd_env'")
                .hasMessageContaining("password_env");
    }

    @Test
    void aMissingEnvironmentVariableIsNamed() throws IOException {
        ConfigNode root = write("password_env: KYLUAT_SURELY_UNSET_VARIABLE\n");
        assertThatThrownBy(() -> root.require("password_env").environmentValue())
                .hasMessageContaining("pipeline.yaml:1:")
                .hasMessageContaining("KYLUAT_SURELY_UNSET_VARIABLE");
    }

    @Test
    void locationsResolveAgainstTheFileButUrisStayAsWritten() throws IOException {
        PipelineLocations locations =
                PipelineLocations.from(write("lake: data/lake\nmarts: hdfs://127.0.0.1:9000/marts\n"));
        assertThat(locations.lake()).isEqualTo(dir.resolve("data/lake").toString());
        assertThat(locations.marts()).isEqualTo("hdfs://127.0.0.1:9000/marts");
        assertThat(locations.reports()).isEqualTo(dir.resolve("reports").toString());
    }

    @Test
    void invalidYamlNamesTheLine() throws IOException {
        assertThatThrownBy(() -> write("lake: [unclosed\nmarts: x\n")).hasMessageContaining("pipeline.yaml:");
    }
}

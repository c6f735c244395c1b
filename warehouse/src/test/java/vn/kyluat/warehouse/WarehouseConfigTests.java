package vn.kyluat.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kyluat.contract.ConfigException;

class WarehouseConfigTests {
    @TempDir
    Path dir;

    @Test
    void readsTheSectionWithTheMartsBesideTheFile() throws IOException {
        WarehouseConfig config = WarehouseConfig.read(write("""
        marts: out/marts
        warehouse:
          url: jdbc:postgresql://127.0.0.1:5432/kyluat
          schema: bi
          user: loader
        """)).orElseThrow();
        assertThat(config.martsRoot()).isEqualTo(dir.resolve("out/marts").toString());
        assertThat(config.schema()).isEqualTo("bi");
        assertThat(config.user()).isEqualTo("loader");
        assertThat(config.password()).isNull();
    }

    @Test
    void noSectionMeansNoWarehouse() throws IOException {
        assertThat(WarehouseConfig.read(write("marts: marts\n"))).isEmpty();
    }

    @Test
    void theSchemaDefaultsToKyluat() throws IOException {
        assertThat(WarehouseConfig.read(write("warehouse: {url: 'jdbc:postgresql://h/db', user: u}\n"))
                        .orElseThrow()
                        .schema())
                .isEqualTo("kyluat");
    }

    @Test
    void aPasswordInTheUrlIsRefusedWithTheLine() throws IOException {
        Path file = write(
                "marts: marts\nwarehouse:\n  url: jdbc:postgresql://h:5432/db?user=u&password=secret\n  user: u\n");
        assertThatThrownBy(() -> WarehouseConfig.read(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(file + ":3:")
                .hasMessageContaining("password_env")
                .hasMessageNotContaining("secret");
        assertThat(WarehouseConfig.holdsPassword("jdbc:postgresql://u:secret@h/db"))
                .isTrue();
        assertThat(WarehouseConfig.holdsPassword("jdbc:postgresql://h/db?sslmode=require"))
                .isFalse();
    }

    @Test
    void aMissingPasswordVariableIsNamed() throws IOException {
        Path file = write(
                "warehouse:\n  url: jdbc:postgresql://h/db\n  user: u\n  password_env: KYLUAT_NO_SUCH_VARIABLE_FOR_TESTS\n");
        assertThatThrownBy(() -> WarehouseConfig.read(file)).hasMessageContaining("KYLUAT_NO_SUCH_VARIABLE_FOR_TESTS");
    }

    @Test
    void aSchemaNameMustBePlain() throws IOException {
        Path file = write("warehouse:\n  url: jdbc:postgresql://h/db\n  user: u\n  schema: Bad-Name\n");
        assertThatThrownBy(() -> WarehouseConfig.read(file))
                .hasMessageContaining(file + ":4:")
                .hasMessageContaining("plain schema name");
    }

    @Test
    void readersArePlainRoleNames() throws IOException {
        assertThat(WarehouseConfig.read(
                                write("warehouse: {url: 'jdbc:postgresql://h/db', user: u, readers: [bi, metabase]}\n"))
                        .orElseThrow()
                        .readers())
                .containsExactly("bi", "metabase");
        Path file = write("warehouse:\n  url: jdbc:postgresql://h/db\n  user: u\n  readers: [\"bi; DROP TABLE x\"]\n");
        assertThatThrownBy(() -> WarehouseConfig.read(file))
                .hasMessageContaining(file + ":4:")
                .hasMessageContaining("plain role name");
    }

    @Test
    void anUnknownKeyIsRefused() throws IOException {
        Path file = write("warehouse:\n  url: jdbc:postgresql://h/db\n  user: u\n  password: secret\n");
        assertThatThrownBy(() -> WarehouseConfig.read(file)).hasMessageContaining("unknown key 'password'");
    }

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("pipeline.yaml"), yaml);
    }
}

package vn.kyluat.etl.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DriverFolderTests {
    @TempDir
    Path dir;

    @Test
    void aMissingFolderLoadsNothingAndAJarNamingAMissingDriverSaysWhichFolder() throws Exception {
        assertThat(DriverFolder.load(dir.resolve("drivers"))).isEmpty();

        Path drivers = Files.createDirectories(dir.resolve("drivers"));
        try (OutputStream file = Files.newOutputStream(drivers.resolve("broken.jar"));
                JarOutputStream jar = new JarOutputStream(file)) {
            jar.putNextEntry(new JarEntry("META-INF/services/java.sql.Driver"));
            jar.write("com.example.NoSuchDriver\n".getBytes(StandardCharsets.UTF_8));
        }

        assertThatThrownBy(() -> DriverFolder.load(drivers))
                .hasMessage("a jar in the drivers folder " + drivers
                        + " cannot be loaded: java.sql.Driver: Provider com.example.NoSuchDriver not found");
    }
}

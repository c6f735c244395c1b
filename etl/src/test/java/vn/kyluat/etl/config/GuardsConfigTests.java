package vn.kyluat.etl.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kyluat.contract.ConfigException;

class GuardsConfigTests {
    @TempDir
    Path dir;

    private Path write(String extract) throws Exception {
        return Files.writeString(dir.resolve("pipeline.yaml"), extract + """
        sources:
          - {id: unit-csv, type: csv, registry: true, path: units}
        """);
    }

    @Test
    void theLimitsDefaultToHalfAndCanBeSet() throws Exception {
        assertThat(ExtractConfigReader.read(write("")).guards()).isEqualTo(new ExtractGuards(0.5, 0.5));
        assertThat(ExtractConfigReader.read(write("extract: {max_shrink: 0.2, max_rejected_share: 1}\n"))
                        .guards())
                .isEqualTo(new ExtractGuards(0.2, 1.0));
    }

    @Test
    void aLimitOutsideZeroToOneIsRefusedWithItsLine() throws Exception {
        Path file = write("extract:\n  max_shrink: 50\n");
        assertThatThrownBy(() -> ExtractConfigReader.read(file))
                .isInstanceOf(ConfigException.class)
                .hasMessage(file.toAbsolutePath()
                        + ":2: extract.max_shrink: must be a share from 0 to 1 (0.5 = 50%), got 50.0");
    }

    @Test
    void acceptingTheShrinkOfAnUnknownSourceIsRefused() throws Exception {
        ExtractConfig config = ExtractConfigReader.read(write(""));
        assertThat(config.acceptingShrinkOf(Set.of("unit-csv")).acceptShrink()).containsExactly("unit-csv");
        assertThatThrownBy(() -> config.acceptingShrinkOf(Set.of("unit-x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--accept-shrink unit-x: ")
                .hasMessageEndingWith("has no source 'unit-x'; its sources are [unit-csv]");
    }
}

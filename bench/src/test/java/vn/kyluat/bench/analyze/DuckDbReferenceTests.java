package vn.kyluat.bench.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kyluat.contract.CurrentVersion;
import vn.kyluat.contract.Relation;

class DuckDbReferenceTests {
    @TempDir
    Path lake;

    @Test
    void readsOnlyTheVersionsThePointersName() throws Exception {
        Path unitA = lake.resolve("task/source=unit-a");
        Files.createDirectories(unitA.resolve("v-run2"));
        Files.createDirectories(unitA.resolve("v-run1"));
        Files.writeString(unitA.resolve("_current"), new CurrentVersion("v-run2", "run2", null, 3).format());
        Files.createDirectories(lake.resolve("task/source=unit-b/v-run3")); // being written: no pointer yet

        assertThat(DuckDbReference.currentFiles(lake, Relation.TASK))
                .isEqualTo("['" + unitA.resolve("v-run2") + "/*.parquet']");
    }
}

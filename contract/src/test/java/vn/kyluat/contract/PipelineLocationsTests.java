package vn.kyluat.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PipelineLocationsTests {
    @Test
    void aPlainPathOrAFileUriIsALocalFolderAndOtherFileSystemsAreNot() {
        assertThat(PipelineLocations.localFolder("/data/marts")).contains(Path.of("/data/marts"));
        assertThat(PipelineLocations.localFolder("file:/data/marts")).contains(Path.of("/data/marts"));
        assertThat(PipelineLocations.localFolder("file:///data/marts")).contains(Path.of("/data/marts"));
        assertThat(PipelineLocations.localFolder("hdfs://namenode:8020/kyluat/marts"))
                .isEmpty();
        assertThat(PipelineLocations.localFolder("s3a://bucket/marts")).isEmpty();
    }
}

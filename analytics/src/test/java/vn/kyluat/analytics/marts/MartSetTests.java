package vn.kyluat.analytics.marts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kyluat.analytics.lake.HadoopFiles;

class MartSetTests {
    private static final Instant NOW = Instant.parse("2024-10-01T00:30:00Z");
    private final HadoopFiles files = new HadoopFiles(new Configuration());

    @TempDir
    Path dir;

    private MartSet begin() {
        return MartSet.begin(files, dir.resolve("marts").toString(), NOW);
    }

    /** A set with one file in it, as if a mart had been written. */
    private MartSet written() throws Exception {
        MartSet set = begin();
        Files.writeString(Path.of(java.net.URI.create(set.dir())).resolve("mart.csv"), set.id());
        return set;
    }

    private String pointer() throws Exception {
        return Files.readString(dir.resolve("marts/_current"));
    }

    private String[] setsOnDisk() {
        return dir.resolve("marts/_sets").toFile().list();
    }

    @Test
    void aNewSetIsInvisibleUntilPublishedThenThePointerNamesIt() throws Exception {
        MartSet set = written();
        assertThat(dir.resolve("marts/_current")).doesNotExist();

        set.publish();

        assertThat(pointer()).isEqualTo("set=" + set.id() + "\n");
        assertThat(dir.resolve("marts")).isDirectoryNotContaining("glob:**/_current.*");
    }

    @Test
    void publishingKeepsThePreviousSetForItsReadersAndRemovesOlderOnesAndThoseOfDeadRuns() throws Exception {
        MartSet first = written();
        first.publish();
        MartSet second = written();
        assertThat(second.dir()).isEqualTo("file:" + dir.resolve("marts/_sets/" + second.id()));
        second.publish();
        written(); // a run killed before its swap
        Files.writeString(dir.resolve("marts/_current.dead-run.tmp"), "set=dead-run\n");
        MartSet third = written();

        third.publish();

        assertThat(pointer()).isEqualTo("set=" + third.id() + "\nprevious=" + second.id() + "\n");
        assertThat(setsOnDisk()).containsExactlyInAnyOrder(second.id(), third.id());
        assertThat(dir.resolve("marts")).isDirectoryNotContaining("glob:**/_current.*");
    }

    @Test
    void aDiscardedSetLeavesThePublishedOneCurrent() throws Exception {
        MartSet published = written();
        published.publish();
        MartSet failed = written();

        failed.discard();

        assertThat(pointer()).isEqualTo("set=" + published.id() + "\n");
        assertThat(setsOnDisk()).containsExactly(published.id());
    }

    @Test
    void aLocationThatCannotBeWrittenIsRefusedBeforeAnythingIsComputed() throws Exception {
        Files.writeString(dir.resolve("a-file"), "in the way");

        assertThatThrownBy(
                        () -> MartSet.begin(files, dir.resolve("a-file/marts").toString(), NOW))
                .isInstanceOf(MartsNotWritableException.class)
                .hasMessageContaining("the marts location file:" + dir.resolve("a-file/marts") + " cannot be written")
                .hasMessageContaining("point 'marts:' in the configuration elsewhere");
    }

    @Test
    void aDamagedPointerIsRefusedBeforeAnythingIsComputed() throws Exception {
        Files.createDirectories(dir.resolve("marts"));
        Files.writeString(dir.resolve("marts/_current"), "garbage\n");

        assertThatThrownBy(this::begin).hasMessageContaining("_current: the marts pointer names no set");
    }
}

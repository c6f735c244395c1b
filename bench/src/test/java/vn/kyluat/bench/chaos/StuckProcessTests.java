package vn.kyluat.bench.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A harness launch that hangs ends the harness with the process and where its threads were, never waits forever. */
class StuckProcessTests {
    @TempDir
    Path dir;

    /** A JVM that blocks for good in our code, as a hung extraction would. */
    public static final class Hang {
        public static void main(String[] args) throws InterruptedException {
            awaitForever();
        }

        static void awaitForever() throws InterruptedException {
            new CountDownLatch(1).await();
        }
    }

    @Test
    void aHungProcessIsKilledAndTheFailureSaysWhereItsThreadsWere() throws Exception {
        Path log = dir.resolve("extract-001.log");
        Files.writeString(log, "");
        Process hung = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        Hang.class.getName())
                .start();

        IllegalStateException failure = StuckProcess.killed("extract launch 1", hung, log, Duration.ofMinutes(3));

        assertThat(hung.isAlive()).isFalse();
        assertThat(failure.getMessage())
                .startsWith("extract launch 1 (pid " + hung.pid()
                        + ") did not end within 3 min and was killed; its threads were at:")
                .contains("\"main\" WAITING (parking) in jdk.internal.misc.Unsafe.park(")
                .contains("from vn.kyluat.bench.chaos.StuckProcessTests$Hang.awaitForever(StuckProcessTests.java:")
                .contains("thread dump: " + log.resolveSibling("extract-001.log.threads.txt"));
        assertThat(Files.readString(log.resolveSibling("extract-001.log.threads.txt")))
                .contains("Full thread dump");
    }
}

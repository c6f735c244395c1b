package vn.kyluat.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceLockTests {
    @TempDir
    Path lake;

    @Test
    void aSecondRunInTheSameJvmIsRefusedUntilTheFirstReleases() {
        try (WorkspaceLock first = WorkspaceLock.acquire(lake, "extract")) {
            assertThatThrownBy(() -> WorkspaceLock.acquire(lake, "extract"))
                    .isInstanceOf(WorkspaceLock.HeldException.class)
                    .hasMessageContaining("is in use by extract (pid "
                            + ProcessHandle.current().pid())
                    .hasMessageContaining("since 20");
        }
        WorkspaceLock.acquire(lake, "extract").close();
    }

    /** A refused run of the holder's own JVM must not open the lock file: closing it would drop the lock. */
    @Test
    void aRefusalInTheHoldersJvmKeepsOtherProcessesOut() throws Exception {
        try (WorkspaceLock first = WorkspaceLock.acquire(lake, "extract")) {
            assertThatThrownBy(() -> WorkspaceLock.acquire(lake, "analyze"))
                    .isInstanceOf(WorkspaceLock.HeldException.class);

            Process other = holder();
            try {
                assertThat(firstLine(other))
                        .startsWith("refused: " + lake + " is in use by extract (pid "
                                + ProcessHandle.current().pid());
            } finally {
                other.destroyForcibly();
            }
        }
    }

    @Test
    void aLockHeldByAnotherProcessRefusesAndItsSigkillReleasesIt() throws Exception {
        Process holder = holder();
        try {
            assertThat(firstLine(holder)).isEqualTo("locked");

            assertThatThrownBy(() -> WorkspaceLock.acquire(lake, "extract"))
                    .isInstanceOf(WorkspaceLock.HeldException.class)
                    .hasMessageContaining(lake.toString() + " is in use by extract (pid " + holder.pid() + " on ")
                    .hasMessageContaining("wait for that run to finish");

            holder.destroyForcibly(); // SIGKILL: the holder gets no chance to release anything itself
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(holder.exitValue()).isEqualTo(137);
        } finally {
            holder.destroyForcibly();
        }
        try (WorkspaceLock next = WorkspaceLock.acquire(lake, "extract")) {
            assertThat(lake.resolve(WorkspaceLock.FILE_NAME))
                    .content()
                    .contains("pid " + ProcessHandle.current().pid());
        }
    }

    private Process holder() throws IOException {
        return new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        LockHolder.class.getName(),
                        lake.toString())
                .redirectErrorStream(true)
                .start();
    }

    private static String firstLine(Process process) throws IOException {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)).readLine();
    }
}

package vn.kyluat.bench.chaos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A launch of the harness that did not end within its limit. Before killing it, its threads are
 * dumped with the JDK's {@code jstack} beside its log, and the failure says which process it was
 * and where its threads were, so that a hang ends the harness with a finding instead of forever.
 */
final class StuckProcess {
    /** Threads of our code named in the message (the dump file holds them all). */
    private static final int THREADS_SHOWN = 8;

    private static final String OUR_CODE = "vn.kyluat.";

    private StuckProcess() {}

    /** Dumps the threads of a process that outlived its limit, kills it, and says where it was stuck. */
    static IllegalStateException killed(String what, Process process, Path log, Duration limit) {
        Path dump = log.resolveSibling(log.getFileName() + ".threads.txt");
        String threads = dumpThreads(process.pid(), dump);
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new IllegalStateException(what + " (pid " + process.pid() + ") did not end within " + limit.toMinutes()
                + " min and was killed; its threads were at:\n" + threads + "\nthread dump: " + dump + "\nlog: " + log);
    }

    private static String dumpThreads(long pid, Path dump) {
        Path jstack = Path.of(System.getProperty("java.home"), "bin", "jstack");
        try {
            Process process = new ProcessBuilder(jstack.toString(), Long.toString(pid))
                    .redirectErrorStream(true)
                    .redirectOutput(dump.toFile())
                    .start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return "  (jstack did not answer within 60 s)";
            }
            return whereThreadsAre(Files.readString(dump));
        } catch (IOException e) {
            return "  (no thread dump: " + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "  (interrupted while dumping threads)";
        }
    }

    /**
     * One line per thread that runs our code: its name, state, the frame it is in and the innermost
     * frame of ours, e.g. {@code "extract-1" WAITING in jdk.internal.misc.Unsafe.park(…) from vn.kyluat…}.
     */
    static String whereThreadsAre(String jstackOutput) {
        List<String> lines = new ArrayList<>();
        for (String block : jstackOutput.split("\\R\\R")) {
            List<String> frames = block.lines()
                    .map(String::strip)
                    .filter(l -> l.startsWith("at "))
                    .map(l -> l.substring(3))
                    .toList();
            String ours = frames.stream()
                    .filter(f -> f.startsWith(OUR_CODE))
                    .findFirst()
                    .orElse(null);
            if (ours == null || !block.startsWith("\"")) {
                continue;
            }
            String name = block.substring(0, block.indexOf('"', 1) + 1);
            String state = block.lines()
                    .map(String::strip)
                    .filter(l -> l.startsWith("java.lang.Thread.State: "))
                    .findFirst()
                    .map(l -> l.substring("java.lang.Thread.State: ".length()))
                    .orElse("?");
            lines.add("  " + name + " " + state + " in " + frames.get(0)
                    + (frames.get(0).equals(ours) ? "" : " from " + ours));
        }
        if (lines.isEmpty()) {
            return "  (no thread in our code)";
        }
        return String.join("\n", lines.subList(0, Math.min(THREADS_SHOWN, lines.size())))
                + (lines.size() > THREADS_SHOWN ? "\n  … " + (lines.size() - THREADS_SHOWN) + " more in the dump" : "");
    }
}

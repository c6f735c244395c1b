package vn.kyluat.bench.analyze;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Peak memory of this JVM over one measured step: the heap (sum of the heap pools' peaks, reset at
 * the start) and the process RSS high-water mark (VmHWM, reset through /proc/self/clear_refs where
 * the kernel allows; otherwise it is the peak since the JVM started).
 */
final class PeakMemory {
    private static final Path STATUS = Path.of("/proc/self/status");
    private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

    record Peak(long heapBytes, long rssBytes, boolean rssSinceStart) {}

    private final boolean rssReset;

    private PeakMemory(boolean rssReset) {
        this.rssReset = rssReset;
    }

    static PeakMemory start() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
        boolean reset;
        try {
            Files.writeString(CLEAR_REFS, "5");
            reset = true;
        } catch (IOException | SecurityException e) {
            reset = false;
        }
        return new PeakMemory(reset);
    }

    Peak peak() {
        long heap =
                heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Peak(heap, rssHighWaterMark(), !rssReset);
    }

    private static java.util.List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
    }

    private static long rssHighWaterMark() {
        try {
            return Files.readAllLines(STATUS).stream()
                    .filter(l -> l.startsWith("VmHWM:"))
                    .mapToLong(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) * 1024)
                    .findFirst()
                    .orElse(-1);
        } catch (IOException e) {
            return -1;
        }
    }
}

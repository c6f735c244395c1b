package vn.kyluat.bench.extract;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The most heap a stretch of work used: the heap just before each garbage collection (from the
 * collectors' notifications) and a sample every few milliseconds in between, plus the most that was
 * still live after a collection.
 */
final class HeapPeak implements AutoCloseable {
    private final AtomicLong used = new AtomicLong();
    private final AtomicLong live = new AtomicLong();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "heap-sampler");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Runnable> unsubscribe = new ArrayList<>();

    /** The peaks so far, in bytes, and the heap's limit (-Xmx). */
    record Figures(long usedBytes, long liveBytes, long maxBytes) {}

    static HeapPeak start() {
        HeapPeak peak = new HeapPeak();
        // The sampler is shut down when the measurement ends; nothing waits on the periodic task's future.
        var unused = peak.sampler.scheduleAtFixedRate(
                () -> peak.used.accumulateAndGet(
                        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max),
                0,
                20,
                TimeUnit.MILLISECONDS);
        for (var collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                NotificationListener listener = (notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                            notification.getType())) {
                        var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData())
                                .getGcInfo();
                        peak.used.accumulateAndGet(total(info.getMemoryUsageBeforeGc()), Math::max);
                        peak.live.accumulateAndGet(total(info.getMemoryUsageAfterGc()), Math::max);
                    }
                };
                emitter.addNotificationListener(listener, null, null);
                peak.unsubscribe.add(() -> {
                    try {
                        emitter.removeNotificationListener(listener);
                    } catch (javax.management.ListenerNotFoundException e) {
                        // Already gone.
                    }
                });
            }
        }
        return peak;
    }

    /** Heap pools only: the collectors also report code cache and metaspace. */
    private static long total(Map<String, MemoryUsage> pools) {
        List<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                .map(p -> p.getName())
                .toList();
        return pools.entrySet().stream()
                .filter(e -> heapPools.contains(e.getKey()))
                .mapToLong(e -> e.getValue().getUsed())
                .sum();
    }

    Figures figures() {
        return new Figures(used.get(), live.get(), Runtime.getRuntime().maxMemory());
    }

    @Override
    public void close() {
        sampler.shutdownNow();
        unsubscribe.forEach(Runnable::run);
    }
}

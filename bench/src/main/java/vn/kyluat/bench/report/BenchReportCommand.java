package vn.kyluat.bench.report;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.kyluat.reports.config.ReportSettings;
import vn.kyluat.reports.drill.DrillDown;
import vn.kyluat.reports.marts.Marts;
import vn.kyluat.reports.marts.PublishedSet;
import vn.kyluat.reports.model.ReportContext;
import vn.kyluat.reports.persons.UnitPersons;
import vn.kyluat.reports.render.ReportRenderer;

/**
 * {@code ops bench report}: writes the marts of a large province, copies of the reports' test fixture
 * (real analytics output, {@link ReplicatedMarts}), into a temporary folder, renders the full report
 * from them and prints wall time and peak heap against the target (30 s, 1 GiB).
 */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = "Benchmark: render the full report of a large province, copies of a small analysed one"
                + " (target: < 30 s, < 1 GiB heap).",
        footer = {"", "Example: ./ops bench report --grassroots 100 --cells 1500"})
public final class BenchReportCommand implements Callable<Integer> {
    private static final double TARGET_SECONDS = 30;
    private static final long TARGET_HEAP = 1L << 30;

    @Option(
            names = "--grassroots",
            defaultValue = "100",
            description = "grassroots organisations in the province (default: ${DEFAULT-VALUE})")
    int grassroots;

    @Option(
            names = "--cells",
            defaultValue = "1500",
            description = "party cells in the province (default: ${DEFAULT-VALUE})")
    int cells;

    @Option(
            names = "--fixture",
            required = true,
            description = "the marts folder of the small analysed province to copy (ops: the reports' test fixture)")
    Path fixture;

    @Option(names = "--keep", description = "keep the temporary folder and print where it is")
    boolean keep;

    @Override
    public Integer call() throws Exception {
        Path work = Files.createTempDirectory("kyluat-bench-report");
        ReplicatedMarts.Shape shape = ReplicatedMarts.write(fixture, work.resolve("marts"), grassroots, cells);
        long martBytes;
        try (Stream<Path> files = Files.list(shape.set().resolve("csv"))) {
            martBytes = files.mapToLong(f -> f.toFile().length()).sum();
        }
        System.out.printf(
                "province: %d grassroots organisations and %d party cells in the last quarter, %d quarters,"
                        + " %,d rows, %.1f MB of CSV (%d copies of %s, %d sets of its cells)%n",
                shape.grassroots(),
                shape.cells(),
                shape.quarters(),
                shape.rows(),
                martBytes / 1e6,
                shape.copies(),
                fixture,
                shape.cellSets());

        HeapSampler sampler = HeapSampler.start();
        long cpuBefore = processCpuNanos();
        long started = System.nanoTime();
        String published =
                PublishedSet.resolve(work.resolve("marts").toString()).toString();
        Marts marts = Marts.fromSet(published, w -> {});
        ReportContext context = ReportContext.of(marts, marts.latestQuarter(), null, ReportSettings.DEFAULTS);
        DrillDown drillDown = DrillDown.forReport(published, context, w -> {});
        List<Path> written = new ReportRenderer(
                        line -> System.err.printf(
                                "bench report: %5.1f s  %s%n", (System.nanoTime() - started) / 1e9, line),
                        false)
                .render(context, work.resolve("reports"), Clock.systemUTC().instant(), drillDown, UnitPersons.NONE);
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpuBefore) / 1e9;
        long peak = sampler.stop();

        long maxHeap = Runtime.getRuntime().maxMemory();
        long pdfBytes = Files.size(work.resolve("reports/report.pdf"));
        System.out.printf("%-26s %14s %14s %s%n", "figure", "measured", "target", "verdict");
        System.out.printf(
                "%-26s %12.1f s %12.0f s %s%n",
                "wall time (render)", seconds, TARGET_SECONDS, seconds < TARGET_SECONDS ? "ok" : "OVER");
        System.out.printf(
                "%-26s %10.0f MiB %10.0f MiB %s%n",
                "peak heap used", peak / 1048576.0, TARGET_HEAP / 1048576.0, peak < TARGET_HEAP ? "ok" : "OVER");
        System.out.printf("%-26s %10.0f MiB%n", "max heap (-Xmx)", maxHeap / 1048576.0);
        System.out.printf(
                "%-26s %12.1f s   (all threads; %d cores, load average %.1f)%n",
                "CPU time (render)",
                cpuSeconds,
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf("%-26s %14d%n", "files written", written.size());
        System.out.printf("%-26s %,14d%n", "report.pdf bytes", pdfBytes);
        if (keep) {
            System.out.println("kept: " + work);
        } else {
            deleteTree(work);
        }
        return 0;
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime()
                : 0;
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Samples the heap in use every 20 ms and keeps the largest. */
    static final class HeapSampler {
        private final Thread thread;
        private volatile boolean running = true;
        private volatile long peak;

        private HeapSampler() {
            thread = new Thread(
                    () -> {
                        while (running) {
                            peak = Math.max(
                                    peak,
                                    ManagementFactory.getMemoryMXBean()
                                            .getHeapMemoryUsage()
                                            .getUsed());
                            try {
                                Thread.sleep(20);
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                    },
                    "heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        static HeapSampler start() {
            return new HeapSampler();
        }

        long stop() throws InterruptedException {
            running = false;
            thread.join();
            return peak;
        }
    }
}

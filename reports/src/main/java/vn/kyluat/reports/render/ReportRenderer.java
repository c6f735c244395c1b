package vn.kyluat.reports.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import vn.kyluat.reports.charts.ChartFiles;
import vn.kyluat.reports.charts.ReportChart;
import vn.kyluat.reports.dashboard.DashboardFiles;
import vn.kyluat.reports.drill.DrillDown;
import vn.kyluat.reports.model.Block;
import vn.kyluat.reports.model.ReportContext;
import vn.kyluat.reports.model.ReportOutline;
import vn.kyluat.reports.persons.PersonTables;
import vn.kyluat.reports.persons.UnitPersons;

/**
 * Renders one report into a folder: {@code charts/*.png|svg}, {@code report.pdf} (the board's),
 * {@code appendix.pdf} (per organisation), {@code report.xlsx}, {@code index.html} and its {@code dashboard/}. Chart files are written on one thread per core (PNG
 * encoding dominates); each chart object is drawn by one thread at a time.
 */
public final class ReportRenderer {
    public static final String CHART_DIR = "charts";
    public static final String REPORT_PDF = "report.pdf";
    public static final String APPENDIX_PDF = "appendix.pdf";

    private final Consumer<String> progress;
    private final boolean pngForEveryChart;

    /**
     * @param pngForEveryChart also write a print PNG of each organisation's ranking (by default only
     *     the board's charts get one: PNG encoding is most of the rendering time of a province)
     */
    public ReportRenderer(Consumer<String> progress, boolean pngForEveryChart) {
        this.progress = progress;
        this.pngForEveryChart = pngForEveryChart;
    }

    /**
     * Every file written, the PDF last. The workbook, which shares nothing with the charts, is
     * written on its own thread meanwhile; the charts and the PDF draw the same chart objects, so
     * they take turns.
     */
    /** @param persons the persons section of a unit's own report; {@link UnitPersons#NONE} for the board's */
    public List<Path> render(
            ReportContext context, Path outDir, Instant generatedAt, DrillDown drillDown, UnitPersons persons)
            throws IOException {
        Files.createDirectories(outDir);
        Path xlsx = outDir.resolve("report.xlsx");
        ExecutorService workbookThread = Executors.newSingleThreadExecutor();
        try {
            Future<?> workbook = workbookThread.submit(() -> {
                progress.accept("writing " + xlsx.getFileName());
                new ReportWorkbook(context, drillDown, persons).write(xlsx);
                progress.accept(xlsx.getFileName() + " written");
                return null;
            });
            progress.accept("building charts and tables");
            ReportOutline outline = new ReportOutline(context, drillDown);
            List<Block> board = new ArrayList<>(outline.board(generatedAt));
            board.addAll(new PersonTables(context, persons).blocks());
            List<Block> appendix = outline.appendix();
            List<Block> blocks = new ArrayList<>(board);
            blocks.addAll(appendix);
            List<Path> written = new ArrayList<>(writeCharts(ReportOutline.charts(blocks), outDir.resolve(CHART_DIR)));

            Path html = outDir.resolve("index.html");
            progress.accept("writing " + html.getFileName() + " and its dashboard");
            written.addAll(DashboardFiles.write(outDir, context, drillDown, ReportOutline.charts(blocks)));
            new HtmlReport(context.lang(), context.m("html.png"), DashboardFiles.TAGS)
                    .write(
                            html,
                            context.m("report.title"),
                            blocks,
                            CHART_DIR,
                            this::wantsPng,
                            context.m("section.none"));
            written.add(html);

            Path appendixPdf = outDir.resolve(APPENDIX_PDF);
            progress.accept("writing " + appendixPdf.getFileName());
            writePdf(context, appendix, appendixPdf, context.m("appendix.title"));
            Path pdf = outDir.resolve(REPORT_PDF);
            progress.accept("writing " + pdf.getFileName());
            writePdf(context, board, pdf, context.m("report.title"));
            await(workbook);
            written.add(xlsx);
            written.add(appendixPdf);
            written.add(pdf);
            return written;
        } finally {
            workbookThread.shutdown();
        }
    }

    private static <T> T await(Future<T> task) throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        }
    }

    private List<Path> writeCharts(List<ReportChart> charts, Path dir) throws IOException {
        long pngs = charts.stream().filter(this::wantsPng).count();
        progress.accept("writing " + charts.size() + " charts as SVG, " + pngs + " of them also as PNG ("
                + ChartFiles.DPI + " dpi)");
        ExecutorService pool =
                Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            List<Future<List<Path>>> futures = new ArrayList<>();
            for (ReportChart chart : charts) {
                futures.add(pool.submit(() -> ChartFiles.write(chart, dir, wantsPng(chart))));
            }
            List<Path> written = new ArrayList<>();
            for (Future<List<Path>> future : futures) {
                written.addAll(await(future));
            }
            return written;
        } finally {
            pool.shutdown();
        }
    }

    private boolean wantsPng(ReportChart chart) {
        return pngForEveryChart || chart.boardLevel();
    }

    private static void writePdf(ReportContext context, List<Block> blocks, Path file, String title)
            throws IOException {
        String footer = title + " · " + context.root().orgCode() + " · "
                + context.formats().quarter(context.quarter());
        try (PdfReport pdf = new PdfReport(
                file,
                title,
                footer,
                n -> context.m("report.page", n),
                context.m("report.contents"),
                ReportOutline.sections(blocks),
                ReportOutline.subsections(blocks))) {
            for (Block block : blocks) {
                if (block instanceof Block.Heading h) {
                    if (h.level() == 1) {
                        pdf.title(h.text());
                    } else {
                        pdf.heading(h.text(), h.newPage());
                    }
                } else if (block instanceof Block.Text t) {
                    pdf.text(t.text());
                } else if (block instanceof Block.Table t) {
                    pdf.table(t.table(), context.m("section.none"));
                } else if (block instanceof Block.Chart c) {
                    pdf.chart(c.chart());
                }
            }
        }
    }
}

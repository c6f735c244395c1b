package vn.kyluat.reports.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import vn.kyluat.contract.Mart;
import vn.kyluat.reports.charts.ReportChart;
import vn.kyluat.reports.drill.DrillDown;
import vn.kyluat.reports.model.ReportContext;

/**
 * The interactive part of {@code index.html}: {@code dashboard/data.js} (the data, written for the
 * report's subtree only), {@code dashboard/app.js} and {@code dashboard/app.css} (plain script and
 * style, no framework), loaded by relative links so the page works from {@code file://} offline.
 */
public final class DashboardFiles {
    public static final String DIR = "dashboard";
    /** What index.html loads: the style, the data, then the script that builds the dashboard on top of the page. */
    public static final String TAGS =
            "<link rel=\"stylesheet\" href=\"" + DIR + "/app.css\">\n" + "<script defer src=\"" + DIR
                    + "/data.js\"></script>\n<script defer src=\"" + DIR + "/app.js\"></script>\n";

    private static final List<String> STATIC_FILES = List.of("app.js", "app.css");

    private DashboardFiles() {}

    /** Writes the three files into {@code <outDir>/dashboard/}; returns them. */
    public static List<Path> write(Path outDir, ReportContext context, DrillDown drill, List<ReportChart> charts)
            throws IOException {
        Path dir = Files.createDirectories(outDir.resolve(DIR));
        Path data = dir.resolve("data.js");
        var atRisk = context.marts().atRisk().stream()
                .filter(r -> context.quarter().toString().equals(r.get(Mart.QUARTER)))
                .toList();
        Files.writeString(data, new DashboardData(context).script(drill, atRisk, charts), StandardCharsets.UTF_8);
        for (String name : STATIC_FILES) {
            try (InputStream in = DashboardFiles.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + name);
                }
                Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return List.of(data, dir.resolve("app.js"), dir.resolve("app.css"));
    }
}

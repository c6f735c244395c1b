package vn.kyluat.reports.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kyluat.reports.datasets.Funnel;
import vn.kyluat.reports.text.Formats;
import vn.kyluat.reports.text.Language;

/** The funnel chart names every outlier, and no name lies over another (seen on the demo: two pairs of codes overprinted). */
class FunnelLabelsTests {
    @TempDir
    Path dir;

    private static Funnel.Point below(String code, long n, double rate) {
        return new Funnel.Point(code, n, rate, 0.85, 0.6, 1.0, Funnel.Verdict.BELOW);
    }

    @Test
    void everyOutlierIsNamedAndNoTwoNamesOverlap() throws IOException {
        List<Funnel.Point> points = new ArrayList<>();
        // Nine outliers, four pairs of them as close as on the demo's chart.
        points.add(below("CS036-CB06", 23, 0.565));
        points.add(below("CS035-CB04", 30, 0.567));
        points.add(below("CS002-CB04", 20, 0.50));
        points.add(below("CS003-CB04", 24, 0.46));
        points.add(below("CS038-CB04", 32, 0.53));
        points.add(below("CS003-CB01", 34, 0.50));
        points.add(below("CS010-CB10", 41, 0.537));
        points.add(below("CS018-CB05", 32, 0.345));
        points.add(below("CS020-CB02", 33, 0.52));
        for (int i = 0; i < 40; i++) {
            points.add(new Funnel.Point("W" + i, 18 + i, 0.8 + (i % 5) * 0.03, 0.85, 0.6, 1.0, Funnel.Verdict.WITHIN));
        }
        Funnel funnel = new Funnel(points, null, List.of());
        Charts charts = new Charts(new ChartTheme(ReportFonts.get()), new Formats(Language.VI));
        ReportChart chart = new ReportChart(
                "funnel_test",
                "Funnel",
                charts.funnel(
                        "Funnel",
                        "note",
                        funnel,
                        ChartDatasets.funnelPoints(funnel, "within", "below", "above"),
                        ChartDatasets.funnelBands(funnel, "band"),
                        ChartDatasets.funnelLimits(funnel, "pooled", "2σ", "3σ"),
                        "n",
                        "rate"),
                600,
                true);

        ChartFiles.writeSvg(chart, dir.resolve("funnel.svg"));
        String svg = Files.readString(dir.resolve("funnel.svg"));

        Font font = new ChartTheme(ReportFonts.get()).font(false, 15f);
        FontRenderContext context = new FontRenderContext(null, true, true);
        List<Rectangle2D> boxes = new ArrayList<>();
        List<String> named = new ArrayList<>();
        Matcher text = Pattern.compile(
                        "<text[^>]*? x=['\"]([-\\d.]+)['\"] y=['\"]([-\\d.]+)['\"][^>]*>(CS\\d{3}-CB\\d{2})</text>")
                .matcher(svg);
        while (text.find()) {
            double x = Double.parseDouble(text.group(1));
            double baseline = Double.parseDouble(text.group(2));
            Rectangle2D bounds = font.getStringBounds(text.group(3), context);
            boxes.add(new Rectangle2D.Double(x, baseline + bounds.getY(), bounds.getWidth(), bounds.getHeight()));
            named.add(text.group(3));
        }

        assertThat(named)
                .containsExactlyInAnyOrderElementsOf(
                        funnel.outliers().stream().map(Funnel.Point::code).toList());
        for (int a = 0; a < boxes.size(); a++) {
            for (int b = a + 1; b < boxes.size(); b++) {
                assertThat(boxes.get(a).intersects(boxes.get(b)))
                        .as("%s over %s", named.get(a), named.get(b))
                        .isFalse();
            }
        }
    }
}

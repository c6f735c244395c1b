package vn.kyluat.reports.charts;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Writes a chart as PNG at print resolution (300 dpi: 2.5 px per canvas unit, so a 960 × 600
 * chart is 2400 × 1500 px, 8 × 5 in) and as SVG.
 *
 * <p>SVG text stays text, with the font declared as {@link #SVG_FONT_FAMILY}: Liberation Sans and
 * then Arial and Helvetica, which have the same metrics (so labels keep the places JFreeChart
 * measured for them) and every Vietnamese glyph, and browsers fall back glyph by glyph. Outlines
 * were tried and dropped: jfreesvg lays outlined text out by font family name, so it silently
 * took whatever "Liberation Sans" the system had installed, an old one without Vietnamese glyphs.
 */
public final class ChartFiles {
    public static final int DPI = 300;
    public static final double PNG_SCALE = (double) DPI / ChartTheme.UNITS_PER_INCH;
    /** Double quotes: jfreesvg writes the style attribute in single quotes. */
    public static final String SVG_FONT_FAMILY = "\"Liberation Sans\", Arial, Helvetica, sans-serif";

    private ChartFiles() {}

    /** The PNG's size in pixels for a chart. */
    public static int pngWidth(ReportChart chart) {
        return (int) Math.round(chart.width() * PNG_SCALE);
    }

    public static int pngHeight(ReportChart chart) {
        return (int) Math.round(chart.height() * PNG_SCALE);
    }

    /** Writes {@code <id>.svg}, and {@code <id>.png} when asked, into {@code dir}; returns the paths. */
    public static List<Path> write(ReportChart chart, Path dir, boolean png) throws IOException {
        Files.createDirectories(dir);
        Path svg = dir.resolve(chart.id() + ".svg");
        writeSvg(chart, svg);
        if (!png) {
            return List.of(svg);
        }
        Path pngFile = dir.resolve(chart.id() + ".png");
        writePng(chart, pngFile);
        return List.of(pngFile, svg);
    }

    static void writePng(ReportChart chart, Path file) throws IOException {
        BufferedImage image = new BufferedImage(pngWidth(chart), pngHeight(chart), BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g2.scale(PNG_SCALE, PNG_SCALE);
            chart.chart().draw(g2, new Rectangle2D.Double(0, 0, chart.width(), chart.height()));
        } finally {
            g2.dispose();
        }
        writeFast(image, file);
    }

    /**
     * A coordinate to a tenth of a canvas unit (1/1200 in): written at full double precision the
     * SVGs were much larger and slower to write, with no visible difference.
     */
    static String tenth(double value) {
        long tenths = Math.round(value * 10);
        String sign = tenths < 0 ? "-" : "";
        long magnitude = Math.abs(tenths);
        return magnitude % 10 == 0 ? sign + magnitude / 10 : sign + magnitude / 10 + "." + magnitude % 10;
    }

    /**
     * PNG with the fastest deflate level: charts are mostly flat colour, so the file is hardly
     * bigger, and encoding takes a fraction of ImageIO's default (which dominated rendering time).
     */
    private static void writeFast(BufferedImage image, Path file) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.9f);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(Files.newOutputStream(file))) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }

    static void writeSvg(ReportChart chart, Path file) throws IOException {
        SVGGraphics2D g2 = new SVGGraphics2D(chart.width(), chart.height());
        g2.setFontFunction(family -> SVG_FONT_FAMILY);
        g2.setGeomDoubleConverter(ChartFiles::tenth);
        chart.chart().draw(g2, new Rectangle2D.Double(0, 0, chart.width(), chart.height()));
        String element = g2.getSVGElement(null, true, new ViewBox(0, 0, chart.width(), chart.height()), null, null);
        Files.writeString(
                file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element + "\n", StandardCharsets.UTF_8);
    }
}

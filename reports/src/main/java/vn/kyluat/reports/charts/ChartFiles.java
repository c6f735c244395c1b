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
import javax.imageio.ImageIO;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.ViewBox;

/**
 * Writes a chart as PNG at print resolution (300 dpi: 2.5 px per canvas unit, so a 960 × 600
 * chart is 2400 × 1500 px, 8 × 5 in) and as SVG with its text drawn as vector outlines, so a
 * viewer without the report font still shows every diacritic.
 */
public final class ChartFiles {
  public static final int DPI = 300;
  public static final double PNG_SCALE = (double) DPI / ChartTheme.UNITS_PER_INCH;

  private ChartFiles() {}

  /** The PNG's size in pixels for a chart. */
  public static int pngWidth(ReportChart chart) {
    return (int) Math.round(chart.width() * PNG_SCALE);
  }

  public static int pngHeight(ReportChart chart) {
    return (int) Math.round(chart.height() * PNG_SCALE);
  }

  /** Writes {@code <id>.png} and {@code <id>.svg} into {@code dir}; returns both paths. */
  public static List<Path> write(ReportChart chart, Path dir) throws IOException {
    Files.createDirectories(dir);
    Path png = dir.resolve(chart.id() + ".png");
    Path svg = dir.resolve(chart.id() + ".svg");
    writePng(chart, png);
    writeSvg(chart, svg);
    return List.of(png, svg);
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
    ImageIO.write(image, "png", file.toFile());
  }

  static void writeSvg(ReportChart chart, Path file) throws IOException {
    SVGGraphics2D g2 = new SVGGraphics2D(chart.width(), chart.height());
    g2.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_VECTOR);
    chart.chart().draw(g2, new Rectangle2D.Double(0, 0, chart.width(), chart.height()));
    String element = g2.getSVGElement(null, true, new ViewBox(0, 0, chart.width(), chart.height()), null, null);
    Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element + "\n", StandardCharsets.UTF_8);
  }
}

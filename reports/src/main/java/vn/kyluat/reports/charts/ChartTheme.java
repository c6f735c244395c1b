package vn.kyluat.reports.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Stroke;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The one look of every chart of the product: the report font, a white background, light grid
 * lines and a palette that stays readable in grey print. Charts are laid out on a canvas of
 * {@link #WIDTH} × height units and scaled for each medium (PNG at 300 dpi, SVG, PDF).
 */
public final class ChartTheme {
    /** Canvas width of every chart; at 8 in wide this is 120 units per inch. */
    public static final int WIDTH = 960;

    public static final int UNITS_PER_INCH = 120;

    public static final Color BLUE = new Color(0x1f, 0x4e, 0x96);
    public static final Color RED = new Color(0xc0, 0x39, 0x2b);
    public static final Color GREEN = new Color(0x2e, 0x7d, 0x32);
    public static final Color ORANGE = new Color(0xe6, 0x7e, 0x22);
    public static final Color GREY = new Color(0x75, 0x75, 0x75);
    public static final Color LIGHT_GREY = new Color(0xdd, 0xdd, 0xdd);

    /** Series colours in order: blue, orange, green, red, purple, grey. */
    private static final Paint[] SERIES = {BLUE, ORANGE, GREEN, RED, new Color(0x6a, 0x1b, 0x9a), GREY};

    public static final Stroke LINE = new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    public static final Stroke DASHED =
            new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {10f, 7f}, 0f);
    public static final Stroke THIN_DASHED =
            new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {6f, 5f}, 0f);

    private final StandardChartTheme theme;
    private final ReportFonts fonts;

    public ChartTheme(ReportFonts fonts) {
        this.fonts = fonts;
        StandardChartTheme t = new StandardChartTheme("kyluat");
        // At print size one unit is 0.54 pt (A4 text width) to 0.6 pt (8 in): 15 units stay above 8 pt.
        t.setExtraLargeFont(fonts.awt(true, 24f));
        t.setLargeFont(fonts.awt(true, 18f));
        t.setRegularFont(fonts.awt(false, 16f));
        t.setSmallFont(fonts.awt(false, 15f));
        t.setChartBackgroundPaint(Color.WHITE);
        t.setPlotBackgroundPaint(Color.WHITE);
        t.setLegendBackgroundPaint(Color.WHITE);
        t.setDomainGridlinePaint(LIGHT_GREY);
        t.setRangeGridlinePaint(LIGHT_GREY);
        t.setPlotOutlinePaint(LIGHT_GREY);
        t.setAxisLabelPaint(Color.DARK_GRAY);
        t.setTickLabelPaint(Color.DARK_GRAY);
        t.setAxisOffset(RectangleInsets.ZERO_INSETS);
        t.setBarPainter(new StandardBarPainter());
        t.setXYBarPainter(new StandardXYBarPainter());
        t.setShadowVisible(false);
        t.setDrawingSupplier(new DefaultDrawingSupplier(
                SERIES,
                DefaultDrawingSupplier.DEFAULT_FILL_PAINT_SEQUENCE,
                DefaultDrawingSupplier.DEFAULT_OUTLINE_PAINT_SEQUENCE,
                new Stroke[] {LINE},
                DefaultDrawingSupplier.DEFAULT_OUTLINE_STROKE_SEQUENCE,
                DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE));
        this.theme = t;
    }

    /** Applies the theme; call before any chart-specific styling, which it would overwrite. */
    public JFreeChart apply(JFreeChart chart) {
        theme.apply(chart);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(8, 8, 8, 16));
        return chart;
    }

    public java.awt.Font font(boolean bold, float size) {
        return fonts.awt(bold, size);
    }
}

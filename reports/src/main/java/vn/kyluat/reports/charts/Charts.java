package vn.kyluat.reports.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.List;
import java.util.function.Function;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryMarker;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeriesCollection;
import vn.kyluat.contract.Quarter;
import vn.kyluat.reports.datasets.Funnel;
import vn.kyluat.reports.datasets.HeatMap;
import vn.kyluat.reports.datasets.RankItem;
import vn.kyluat.reports.text.Formats;
import vn.kyluat.reports.text.Language;

/** Builds and styles each kind of chart from a JFreeChart dataset, in the product's one theme. */
public final class Charts {
    private static final int MAX_LABEL = 42;
    // Every outlier is named (the worst first), up to a number a reader can still tell apart on the chart.
    private static final int MAX_OUTLIER_LABELS = 20;
    private static final Color INCOMPLETE = new Color(0xee, 0xee, 0xee);

    private final ChartTheme theme;
    private final Formats formats;

    public Charts(ChartTheme theme, Formats formats) {
        this.theme = theme;
        this.formats = formats;
    }

    /**
     * Actual values (solid blue), the projection (dashed orange, its value labelled) and the target
     * (thin dashed red), as {@link ChartDatasets#trend} keyed them.
     */
    public JFreeChart trend(
            String title,
            String note,
            DefaultCategoryDataset dataset,
            String projectionKey,
            String targetKey,
            boolean isRate,
            List<String> incompleteQuarters) {
        JFreeChart chart =
                ChartFactory.createLineChart(title, null, null, dataset, PlotOrientation.VERTICAL, true, false, false);
        theme.apply(chart);
        subtitle(chart, note);
        bottomLegend(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
        for (int s = 0; s < dataset.getRowCount(); s++) {
            Object key = dataset.getRowKey(s);
            boolean isProjection = key.equals(projectionKey);
            boolean isTarget = key.equals(targetKey);
            renderer.setSeriesPaint(s, isTarget ? ChartTheme.RED : isProjection ? ChartTheme.ORANGE : ChartTheme.BLUE);
            renderer.setSeriesStroke(
                    s, isTarget ? ChartTheme.THIN_DASHED : isProjection ? ChartTheme.DASHED : ChartTheme.LINE);
            renderer.setSeriesShapesVisible(s, !isTarget);
            renderer.setSeriesShape(s, new Ellipse2D.Double(-5, -5, 10, 10));
            if (isProjection) {
                labelLastItem(renderer, s, dataset, isRate);
            }
        }
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setAutoRangeIncludesZero(!isRate);
        if (isRate) {
            fitRateRange(range, dataset);
        }
        range.setNumberFormatOverride(isRate ? percentAxis(range.getRange().getLength()) : formats.pattern("#,##0"));
        range.setUpperMargin(0.12);
        plot.getDomainAxis().setCategoryMargin(0.1);
        markIncomplete(plot, incompleteQuarters);
        return chart;
    }

    /** A grey band over each quarter whose history is incomplete (the subtitle says what it means). */
    public void markIncomplete(CategoryPlot plot, List<String> quarters) {
        for (int i = 0; i < quarters.size(); i++) {
            CategoryMarker marker = new CategoryMarker(quarters.get(i), INCOMPLETE, new BasicStroke(1f));
            marker.setDrawAsLine(false);
            marker.setAlpha(1f);
            plot.addDomainMarker(marker, Layer.BACKGROUND);
        }
    }

    /**
     * Units ranked top to bottom by the responsibility index, a dot at each unit's index (the figure
     * the ranking is sorted by) and a grey square at the median of the pooled rest.
     *
     * @param showPeerRank whether the units form one peer group, so that their peer ranks compare
     */
    public JFreeChart ranking(
            String title,
            String note,
            List<RankItem> items,
            XYSeriesCollection dataset,
            String xLabel,
            boolean showPeerRank) {
        String[] labels =
                items.stream().map(item -> rankLabel(item, showPeerRank)).toArray(String[]::new);
        SymbolAxis units = new SymbolAxis(null, labels);
        units.setInverted(true);
        units.setGridBandsVisible(false);
        NumberAxis index = new NumberAxis(xLabel);
        // From a round ten below the lowest unit: the index is 0–100, but units differ in its upper part.
        double lowest = items.stream()
                .map(RankItem::index)
                .filter(v -> v != null)
                .min(Double::compare)
                .orElse(0.0);
        index.setRange(Math.max(0, Math.floor(lowest / 10) * 10 - 10), 102);
        index.setNumberFormatOverride(formats.pattern("#,##0"));
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        XYPlot plot = new XYPlot(dataset, units, index, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        theme.apply(chart);
        renderer.setSeriesPaint(0, ChartTheme.BLUE);
        renderer.setSeriesPaint(1, ChartTheme.GREY);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-7, -7, 14, 14));
        renderer.setSeriesShape(1, new Rectangle2D.Double(-7, -7, 14, 14));
        renderer.setSeriesVisibleInLegend(1, dataset.getItemCount(1) > 0);
        units.setTickLabelFont(theme.font(false, 15f));
        subtitle(chart, note);
        bottomLegend(chart);
        return chart;
    }

    /**
     * On-time rate against tasks due. Each dot is coloured by the band drawn for it: its own peer
     * group's 3σ band as a grey whisker, and, when all units share one group, that group's funnel
     * curves. Outliers are labelled with their code.
     */
    public JFreeChart funnel(
            String title,
            String note,
            Funnel funnel,
            XYSeriesCollection points,
            XYIntervalSeriesCollection bands,
            XYSeriesCollection limits,
            String xLabel,
            String yLabel) {
        JFreeChart chart = ChartFactory.createScatterPlot(
                title, xLabel, yLabel, points, PlotOrientation.VERTICAL, true, false, false);
        theme.apply(chart);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer dots = (XYLineAndShapeRenderer) plot.getRenderer();
        Color[] colours = {new Color(0x1f, 0x4e, 0x96, 150), ChartTheme.RED, ChartTheme.GREEN};
        for (int s = 0; s < 3; s++) {
            dots.setSeriesPaint(s, colours[s]);
            dots.setSeriesShape(s, new Ellipse2D.Double(-5, -5, 10, 10));
        }
        XYErrorRenderer whiskers = new XYErrorRenderer();
        whiskers.setDrawXError(false);
        whiskers.setDefaultShapesVisible(false);
        whiskers.setDefaultLinesVisible(false);
        whiskers.setErrorPaint(new Color(0x75, 0x75, 0x75, 70));
        whiskers.setErrorStroke(new BasicStroke(1.2f));
        whiskers.setCapLength(4);
        whiskers.setSeriesVisibleInLegend(0, bands.getItemCount(0) > 0);
        plot.setDataset(1, bands);
        plot.setRenderer(1, whiskers);
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        lines.setSeriesPaint(0, Color.DARK_GRAY);
        lines.setSeriesStroke(0, new BasicStroke(2f));
        for (int s = 1; s <= 4; s++) {
            lines.setSeriesPaint(s, s <= 2 ? ChartTheme.ORANGE : ChartTheme.RED);
            lines.setSeriesStroke(s, s <= 2 ? ChartTheme.THIN_DASHED : new BasicStroke(1.5f));
            lines.setSeriesVisibleInLegend(s, (s == 1 || s == 3) && limits.getItemCount(s) > 0);
        }
        lines.setSeriesVisibleInLegend(0, limits.getItemCount(0) > 0);
        plot.setDataset(2, limits);
        plot.setRenderer(2, lines);
        plot.addAnnotation(new PointLabels(
                funnel.outliers().stream()
                        .limit(MAX_OUTLIER_LABELS)
                        .map(o -> new PointLabels.Label(
                                o.code(),
                                o.verdict() == Funnel.Verdict.BELOW ? ChartTheme.RED : ChartTheme.GREEN,
                                o.tasksDue(),
                                o.onTimeRate()))
                        .toList(),
                theme.font(false, 15f)));
        NumberAxis y = (NumberAxis) plot.getRangeAxis();
        double lowest = funnel.points().stream()
                .mapToDouble(p -> Math.min(p.onTimeRate(), p.low3()))
                .min()
                .orElse(1);
        y.setRange(Math.max(0, Math.floor(lowest * 10) / 10 - 0.1), 1.02);
        y.setNumberFormatOverride(percentAxis());
        NumberAxis x = (NumberAxis) plot.getDomainAxis();
        x.setNumberFormatOverride(formats.pattern("#,##0"));
        x.setLowerBound(0);
        subtitle(chart, note);
        bottomLegend(chart);
        return chart;
    }

    /**
     * Units × quarters, each cell coloured on the viridis scale (dark purple low, yellow high: safe
     * for colour-blind readers and in grey print), labelled with its value, with the key below.
     */
    public JFreeChart heatMap(
            String title,
            String note,
            HeatMap map,
            DefaultXYZDataset dataset,
            Function<Quarter, String> quarterLabel,
            double min,
            double max,
            String keyLabel) {
        String[] quarters = map.quarters().stream().map(quarterLabel).toArray(String[]::new);
        String[] rows =
                map.rows().stream().map(row -> Names.shorten(row, MAX_LABEL)).toArray(String[]::new);
        SymbolAxis x = new SymbolAxis(null, quarters);
        x.setGridBandsVisible(false);
        SymbolAxis y = new SymbolAxis(null, rows);
        y.setInverted(true);
        y.setGridBandsVisible(false);
        XYBlockRenderer renderer = new XYBlockRenderer();
        LookupPaintScale scale = viridis(min, max);
        renderer.setPaintScale(scale);
        XYPlot plot = new XYPlot(dataset, x, y, renderer);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        theme.apply(chart);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        x.setTickLabelFont(theme.font(false, 15f));
        y.setTickLabelFont(theme.font(false, 15f));
        Font cellFont = theme.font(false, 14f);
        for (int i = 0; i < dataset.getItemCount(0); i++) {
            double value = dataset.getZValue(0, i);
            XYTextAnnotation label =
                    new XYTextAnnotation(formats.decimal(value, 0), dataset.getXValue(0, i), dataset.getYValue(0, i));
            label.setFont(cellFont);
            label.setPaint(isDark((Color) scale.getPaint(value)) ? Color.WHITE : Color.BLACK);
            plot.addAnnotation(label);
        }
        subtitle(chart, note);
        NumberAxis keyAxis = new NumberAxis(keyLabel);
        keyAxis.setRange(min, max + 1e-9);
        keyAxis.setTickUnit(new NumberTickUnit(niceStep((max - min) / 6)));
        keyAxis.setNumberFormatOverride(formats.pattern("#,##0"));
        keyAxis.setTickLabelFont(theme.font(false, 15f));
        keyAxis.setLabelFont(theme.font(false, 15f));
        PaintScaleLegend key = new PaintScaleLegend(scale, keyAxis);
        key.setPosition(RectangleEdge.BOTTOM);
        key.setStripWidth(14);
        key.setMargin(new RectangleInsets(6, 120, 2, 120));
        key.setAxisOffset(2);
        chart.addSubtitle(key);
        return chart;
    }

    /** Backlog by age bucket per quarter, stacked; older buckets in darker red. */
    public JFreeChart backlogAgeing(String title, String note, CategoryDataset dataset, String yLabel) {
        Color[] ageing = {
            new Color(0xfd, 0xd4, 0x9e),
            new Color(0xfc, 0x8d, 0x59),
            new Color(0xd7, 0x30, 0x1f),
            new Color(0x7f, 0x00, 0x00)
        };
        return stackedCounts(title, note, dataset, yLabel, ageing);
    }

    /** Discipline actions by kind per quarter, stacked; heavier kinds in darker red, "other" in grey. */
    public JFreeChart disciplineByKind(String title, String note, CategoryDataset dataset, String yLabel) {
        Color[] severity = {
            new Color(0xfd, 0xd4, 0x9e),
            new Color(0xfc, 0x8d, 0x59),
            new Color(0xd7, 0x30, 0x1f),
            new Color(0x7f, 0x00, 0x00),
            ChartTheme.GREY
        };
        return stackedCounts(title, note, dataset, yLabel, severity);
    }

    /** Counts per quarter stacked by series, one colour per series in order, integer axis, legend below. */
    private JFreeChart stackedCounts(
            String title, String note, CategoryDataset dataset, String yLabel, Color[] colours) {
        JFreeChart chart = ChartFactory.createStackedBarChart(
                title, null, yLabel, dataset, PlotOrientation.VERTICAL, true, false, false);
        theme.apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        StackedBarRenderer renderer = (StackedBarRenderer) plot.getRenderer();
        for (int s = 0; s < colours.length; s++) {
            renderer.setSeriesPaint(s, colours[s]);
        }
        renderer.setMaximumBarWidth(0.08);
        ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(formats.pattern("#,##0"));
        ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        subtitle(chart, note);
        bottomLegend(chart);
        return chart;
    }

    /** A single figure per quarter as bars, each labelled with its value. */
    public JFreeChart bars(String title, String note, CategoryDataset dataset, String yLabel, NumberFormat format) {
        JFreeChart chart = ChartFactory.createBarChart(
                title, null, yLabel, dataset, PlotOrientation.VERTICAL, false, false, false);
        theme.apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setSeriesPaint(0, ChartTheme.BLUE);
        renderer.setMaximumBarWidth(0.08);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", format));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(theme.font(false, 15f));
        ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(format);
        plot.getRangeAxis().setUpperMargin(0.15);
        subtitle(chart, note);
        return chart;
    }

    /** Rotates category labels when there are many quarters, so they never overlap. */
    public static void fitCategoryLabels(JFreeChart chart) {
        CategoryAxis axis = chart.getCategoryPlot().getDomainAxis();
        if (chart.getCategoryPlot().getDataset().getColumnCount() > 14) {
            axis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
    }

    private String rankLabel(RankItem item, boolean showPeerRank) {
        String rank = item.rank() == null || !showPeerRank ? "" : item.rank() + ". ";
        String index = item.index() == null ? Formats.NONE : formats.decimal(item.index(), 1);
        return Names.shorten(rank + item.label(), MAX_LABEL) + "  [" + index + "]";
    }

    private NumberFormat percentAxis() {
        return percentAxis(1);
    }

    /** Whole percents, or one decimal when the axis spans less than 20 points (so ticks stay distinct). */
    private NumberFormat percentAxis(double span) {
        String digits = span < 0.2 ? "0.#" : "0";
        return formats.pattern(digits + (formats.language() == Language.VI ? " %" : "%"));
    }

    private NumberFormat percentLabel() {
        return formats.pattern(formats.language() == Language.VI ? "0.0 %" : "0.0%");
    }

    private void labelLastItem(
            LineAndShapeRenderer renderer, int series, DefaultCategoryDataset dataset, boolean isRate) {
        int last = dataset.getColumnCount() - 1;
        NumberFormat format = isRate ? percentLabel() : formats.pattern("#,##0");
        renderer.setSeriesItemLabelGenerator(series, new StandardCategoryItemLabelGenerator("{2}", format) {
            @Override
            public String generateLabel(CategoryDataset data, int row, int column) {
                return column == last && data.getValue(row, column) != null
                        ? super.generateLabel(data, row, column)
                        : null;
            }
        });
        renderer.setSeriesItemLabelsVisible(series, true);
        renderer.setSeriesItemLabelFont(series, theme.font(true, 15f));
        renderer.setSeriesItemLabelPaint(series, ChartTheme.ORANGE);
        renderer.setSeriesPositiveItemLabelPosition(
                series, new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
    }

    private static void fitRateRange(NumberAxis axis, CategoryDataset dataset) {
        double min = 1, max = 0;
        for (int r = 0; r < dataset.getRowCount(); r++) {
            for (int c = 0; c < dataset.getColumnCount(); c++) {
                Number v = dataset.getValue(r, c);
                if (v != null) {
                    min = Math.min(min, v.doubleValue());
                    max = Math.max(max, v.doubleValue());
                }
            }
        }
        if (min > max) {
            axis.setRange(0, 1);
            return;
        }
        double pad = Math.max(0.01, (max - min) * 0.25);
        double low = Math.max(0, Math.floor((min - pad) * 100) / 100);
        double high = Math.min(1.02, Math.ceil((max + pad) * 100) / 100);
        axis.setRange(low, Math.max(high, low + 0.05));
    }

    /** Ten steps of matplotlib's viridis, low to high. */
    private static LookupPaintScale viridis(double min, double max) {
        LookupPaintScale scale = new LookupPaintScale(min, max + 1e-9, Color.LIGHT_GRAY);
        int[] steps = {
            0x440154, 0x482878, 0x3e4989, 0x31688e, 0x26828e, 0x1f9e89, 0x35b779, 0x6ece58, 0xb5de2b, 0xfde725
        };
        for (int i = 0; i < steps.length; i++) {
            scale.add(min + (max - min) * i / steps.length, new Color(steps[i]));
        }
        return scale;
    }

    /** 1, 2, 5, 10, 20, … : the first of them at least {@code rough}. */
    static double niceStep(double rough) {
        double step = 1;
        for (int i = 0; step < rough; i++) {
            step *= i % 3 == 1 ? 2.5 : 2;
        }
        return step;
    }

    /** Whether white text reads better than black on this colour (perceived lightness below half). */
    private static boolean isDark(Color colour) {
        return 0.299 * colour.getRed() + 0.587 * colour.getGreen() + 0.114 * colour.getBlue() < 128;
    }

    private void subtitle(JFreeChart chart, String note) {
        if (note != null && !note.isEmpty()) {
            TextTitle subtitle = new TextTitle(note, theme.font(false, 15f));
            subtitle.setPaint(ChartTheme.GREY);
            subtitle.setPadding(new RectangleInsets(2, 0, 6, 0));
            chart.addSubtitle(subtitle);
        }
    }

    private static void bottomLegend(JFreeChart chart) {
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setFrame(BlockBorder.NONE);
            legend.setItemLabelPadding(new RectangleInsets(2, 2, 2, 18));
        }
    }
}

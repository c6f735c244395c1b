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
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeriesCollection;
import vn.kyluat.contract.Quarter;
import vn.kyluat.reports.datasets.HeatMap;
import vn.kyluat.reports.datasets.RankItem;
import vn.kyluat.reports.text.Formats;
import vn.kyluat.reports.text.Language;

/** Builds and styles each kind of chart from a JFreeChart dataset, in the product's one theme. */
public final class Charts {
  private static final int MAX_LABEL = 42;

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
  public JFreeChart trend(String title, String note, DefaultCategoryDataset dataset, String projectionKey,
      String targetKey, boolean isRate) {
    JFreeChart chart = ChartFactory.createLineChart(title, null, null, dataset, PlotOrientation.VERTICAL, true, false, false);
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
      renderer.setSeriesStroke(s, isTarget ? ChartTheme.THIN_DASHED : isProjection ? ChartTheme.DASHED : ChartTheme.LINE);
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
    return chart;
  }

  /**
   * Units ranked top to bottom: a dot at the on-time rate, whiskers over its Wilson interval.
   *
   * @param showPeerRank whether the units form one peer group, so that their peer ranks compare
   */
  public JFreeChart ranking(String title, String note, List<RankItem> items, XYIntervalSeriesCollection dataset,
      String xLabel, double target, boolean showPeerRank) {
    String[] labels = items.stream().map(item -> rankLabel(item, showPeerRank)).toArray(String[]::new);
    SymbolAxis units = new SymbolAxis(null, labels);
    units.setInverted(true);
    units.setGridBandsVisible(false);
    NumberAxis rate = new NumberAxis(xLabel);
    rate.setRange(0, 1.02);
    rate.setNumberFormatOverride(percentAxis());
    XYErrorRenderer renderer = new XYErrorRenderer();
    renderer.setDrawXError(false);
    renderer.setDefaultLinesVisible(false);
    renderer.setErrorStroke(new BasicStroke(2f));
    renderer.setCapLength(8);
    XYPlot plot = new XYPlot(dataset, units, rate, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    theme.apply(chart);
    renderer.setSeriesPaint(0, ChartTheme.BLUE);
    renderer.setSeriesPaint(1, ChartTheme.GREY);
    renderer.setSeriesShape(0, new Ellipse2D.Double(-6, -6, 12, 12));
    renderer.setSeriesShape(1, new Rectangle2D.Double(-6, -6, 12, 12));
    renderer.setSeriesVisibleInLegend(1, dataset.getItemCount(1) > 0);
    units.setTickLabelFont(theme.font(false, 13f));
    plot.addRangeMarker(targetMarker(target));
    subtitle(chart, note);
    bottomLegend(chart);
    return chart;
  }

  /** On-time rate against tasks due, around the pooled rate with 2σ and 3σ control limits. */
  public JFreeChart funnel(String title, String note, XYSeriesCollection points, XYSeriesCollection limits,
      String xLabel, String yLabel) {
    JFreeChart chart = ChartFactory.createScatterPlot(title, xLabel, yLabel, points, PlotOrientation.VERTICAL, true, false, false);
    theme.apply(chart);
    XYPlot plot = chart.getXYPlot();
    XYLineAndShapeRenderer dots = (XYLineAndShapeRenderer) plot.getRenderer();
    Color[] colours = {new Color(0x1f, 0x4e, 0x96, 150), ChartTheme.RED, ChartTheme.GREEN};
    for (int s = 0; s < 3; s++) {
      dots.setSeriesPaint(s, colours[s]);
      dots.setSeriesShape(s, new Ellipse2D.Double(-4, -4, 8, 8));
    }
    XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
    lines.setSeriesPaint(0, Color.DARK_GRAY);
    lines.setSeriesStroke(0, new BasicStroke(2f));
    for (int s = 1; s <= 4; s++) {
      lines.setSeriesPaint(s, s <= 2 ? ChartTheme.ORANGE : ChartTheme.RED);
      lines.setSeriesStroke(s, s <= 2 ? ChartTheme.THIN_DASHED : new BasicStroke(1.5f));
      lines.setSeriesVisibleInLegend(s, s == 1 || s == 3);
    }
    plot.setDataset(1, limits);
    plot.setRenderer(1, lines);
    NumberAxis y = (NumberAxis) plot.getRangeAxis();
    double lowest = 1;
    for (int s = 0; s < points.getSeriesCount(); s++) {
      for (int i = 0; i < points.getItemCount(s); i++) {
        lowest = Math.min(lowest, points.getYValue(s, i));
      }
    }
    y.setRange(Math.max(0, Math.floor(lowest * 10) / 10 - 0.1), 1.02);
    y.setNumberFormatOverride(percentAxis());
    NumberAxis x = (NumberAxis) plot.getDomainAxis();
    x.setNumberFormatOverride(formats.pattern("#,##0"));
    x.setLowerBound(0);
    subtitle(chart, note);
    bottomLegend(chart);
    return chart;
  }

  /** Units × quarters, each cell coloured red (low) to green (high) and labelled with its value. */
  public JFreeChart heatMap(String title, String note, HeatMap map, DefaultXYZDataset dataset,
      Function<Quarter, String> quarterLabel, double min, double max) {
    String[] quarters = map.quarters().stream().map(quarterLabel).toArray(String[]::new);
    String[] rows = map.rows().stream().map(this::shorten).toArray(String[]::new);
    SymbolAxis x = new SymbolAxis(null, quarters);
    x.setGridBandsVisible(false);
    SymbolAxis y = new SymbolAxis(null, rows);
    y.setInverted(true);
    y.setGridBandsVisible(false);
    XYBlockRenderer renderer = new XYBlockRenderer();
    renderer.setPaintScale(redToGreen(min, max));
    XYPlot plot = new XYPlot(dataset, x, y, renderer);
    JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
    theme.apply(chart);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    x.setTickLabelFont(theme.font(false, 12f));
    y.setTickLabelFont(theme.font(false, 13f));
    Font cellFont = theme.font(false, map.quarters().size() > 10 ? 10f : 12f);
    for (int i = 0; i < dataset.getItemCount(0); i++) {
      XYTextAnnotation label = new XYTextAnnotation(
          formats.decimal(dataset.getZValue(0, i), 0), dataset.getXValue(0, i), dataset.getYValue(0, i));
      label.setFont(cellFont);
      label.setPaint(Color.BLACK);
      plot.addAnnotation(label);
    }
    subtitle(chart, note);
    return chart;
  }

  /** Backlog by age bucket per quarter, stacked; older buckets in darker red. */
  public JFreeChart backlogAgeing(String title, String note, CategoryDataset dataset, String yLabel) {
    Color[] ageing = {new Color(0xfd, 0xd4, 0x9e), new Color(0xfc, 0x8d, 0x59), new Color(0xd7, 0x30, 0x1f), new Color(0x7f, 0x00, 0x00)};
    return stackedCounts(title, note, dataset, yLabel, ageing);
  }

  /** Discipline actions by kind per quarter, stacked; heavier kinds in darker red, "other" in grey. */
  public JFreeChart disciplineByKind(String title, String note, CategoryDataset dataset, String yLabel) {
    Color[] severity = {new Color(0xfd, 0xd4, 0x9e), new Color(0xfc, 0x8d, 0x59), new Color(0xd7, 0x30, 0x1f),
      new Color(0x7f, 0x00, 0x00), ChartTheme.GREY};
    return stackedCounts(title, note, dataset, yLabel, severity);
  }

  /** Counts per quarter stacked by series, one colour per series in order, integer axis, legend below. */
  private JFreeChart stackedCounts(String title, String note, CategoryDataset dataset, String yLabel, Color[] colours) {
    JFreeChart chart = ChartFactory.createStackedBarChart(title, null, yLabel, dataset, PlotOrientation.VERTICAL, true, false, false);
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
    JFreeChart chart = ChartFactory.createBarChart(title, null, yLabel, dataset, PlotOrientation.VERTICAL, false, false, false);
    theme.apply(chart);
    CategoryPlot plot = chart.getCategoryPlot();
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setSeriesPaint(0, ChartTheme.BLUE);
    renderer.setMaximumBarWidth(0.08);
    renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", format));
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(theme.font(false, 12f));
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
    return shorten(rank + item.label()) + "  [" + index + "]";
  }

  private String shorten(String label) {
    return label.length() <= MAX_LABEL ? label : label.substring(0, MAX_LABEL - 1) + "…";
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

  private ValueMarker targetMarker(double target) {
    // Unlabelled: a label inside the plot would cover the best units' dots; the subtitle names it.
    return new ValueMarker(target, ChartTheme.RED, ChartTheme.THIN_DASHED);
  }

  private void labelLastItem(LineAndShapeRenderer renderer, int series, DefaultCategoryDataset dataset, boolean isRate) {
    int last = dataset.getColumnCount() - 1;
    NumberFormat format = isRate ? percentLabel() : formats.pattern("#,##0");
    renderer.setSeriesItemLabelGenerator(series, new StandardCategoryItemLabelGenerator("{2}", format) {
      @Override
      public String generateLabel(CategoryDataset data, int row, int column) {
        return column == last && data.getValue(row, column) != null ? super.generateLabel(data, row, column) : null;
      }
    });
    renderer.setSeriesItemLabelsVisible(series, true);
    renderer.setSeriesItemLabelFont(series, theme.font(true, 13f));
    renderer.setSeriesItemLabelPaint(series, ChartTheme.ORANGE);
    renderer.setSeriesPositiveItemLabelPosition(series,
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
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

  private static LookupPaintScale redToGreen(double min, double max) {
    LookupPaintScale scale = new LookupPaintScale(min, max + 1e-9, Color.LIGHT_GRAY);
    Color[] steps = {
      new Color(0xd7, 0x30, 0x27), new Color(0xf4, 0x6d, 0x43), new Color(0xfd, 0xae, 0x61),
      new Color(0xfe, 0xe0, 0x8b), new Color(0xd9, 0xef, 0x8b), new Color(0xa6, 0xd9, 0x6a), new Color(0x66, 0xbd, 0x63)
    };
    for (int i = 0; i < steps.length; i++) {
      scale.add(min + (max - min) * i / steps.length, steps[i]);
    }
    return scale;
  }

  private void subtitle(JFreeChart chart, String note) {
    if (note != null && !note.isEmpty()) {
      TextTitle subtitle = new TextTitle(note, theme.font(false, 13f));
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

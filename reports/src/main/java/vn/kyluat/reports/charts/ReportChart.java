package vn.kyluat.reports.charts;

import org.jfree.chart.JFreeChart;

/**
 * A chart of the report with its file name and canvas size ({@link ChartTheme#WIDTH} wide, 120
 * units per inch: a height of 600 prints 8 × 5 in, 2400 × 1500 px at 300 dpi).
 *
 * @param boardLevel whether the chart is one of the board's (those get a print PNG besides the SVG)
 */
public record ReportChart(String id, String title, JFreeChart chart, int height, boolean boardLevel) {
    public int width() {
        return ChartTheme.WIDTH;
    }
}

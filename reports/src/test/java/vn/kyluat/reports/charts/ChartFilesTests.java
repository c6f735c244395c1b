package vn.kyluat.reports.charts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChartFilesTests {

    @Test
    void svgCoordinatesAreWrittenToATenth() {
        assertThat(ChartFiles.tenth(12.345)).isEqualTo("12.3");
        assertThat(ChartFiles.tenth(12.96)).isEqualTo("13");
        assertThat(ChartFiles.tenth(-0.04)).isEqualTo("0");
        assertThat(ChartFiles.tenth(-3.25)).isEqualTo("-3.2");
    }

    @Test
    void aStandardChartPrintsEightByFiveInchesAt300Dpi() {
        ReportChart chart = new ReportChart("x", "x", null, 600, true);
        assertThat(ChartFiles.pngWidth(chart)).isEqualTo(2400);
        assertThat(ChartFiles.pngHeight(chart)).isEqualTo(1500);
    }
}

package vn.kyluat.reports.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;
import vn.kyluat.contract.Quarter;
import vn.kyluat.reports.marts.DisciplineCount;
import vn.kyluat.reports.text.Formats;
import vn.kyluat.reports.text.Language;

class DisciplineByKindChartTests {
    private static final Quarter Q1 = Quarter.parse("2025Q1");
    private static final Quarter Q2 = Quarter.parse("2025Q2");
    private static final List<DisciplineCount> ROWS = List.of(
            new DisciplineCount(Q1, "G1", "subtree", "reprimand", 3),
            new DisciplineCount(Q1, "G1", "subtree", "expulsion", 1),
            new DisciplineCount(Q1, "G1", "own", "reprimand", 2),
            new DisciplineCount(Q1, "G1-C1", "subtree", "warning", 5),
            new DisciplineCount(Q2, "G1", "subtree", "warning", 2));

    private static DefaultCategoryDataset dataset() {
        return ChartDatasets.disciplineByKind(List.of(Q1, Q2), ROWS, "G1", Quarter::toString, kind -> "k:" + kind);
    }

    @Test
    void oneSeriesPerKindInTheContractsOrderWithTheUnitsSubtreeActionsPerQuarter() {
        DefaultCategoryDataset dataset = dataset();

        assertThat(dataset.getRowKeys().toArray())
                .containsExactly("k:reprimand", "k:warning", "k:dismissal", "k:expulsion", "k:other");
        assertThat(dataset.getColumnKeys().toArray()).containsExactly("2025Q1", "2025Q2");
        assertThat(dataset.getValue("k:reprimand", "2025Q1")).isEqualTo(3.0);
        assertThat(dataset.getValue("k:expulsion", "2025Q1")).isEqualTo(1.0);
        assertThat(dataset.getValue("k:warning", "2025Q1"))
                .as("a cell's row is not the unit's")
                .isEqualTo(0.0);
        assertThat(dataset.getValue("k:warning", "2025Q2")).isEqualTo(2.0);
        assertThat(dataset.getValue("k:reprimand", "2025Q2"))
                .as("no row: no action")
                .isEqualTo(0.0);
    }

    @Test
    void isAStackedBarChartWithTheVietnameseKindsInTheLegend() {
        Formats formats = new Formats(Language.VI);
        DefaultCategoryDataset dataset =
                ChartDatasets.disciplineByKind(List.of(Q1, Q2), ROWS, "G1", Quarter::toString, kind -> switch (kind) {
                    case "reprimand" -> "khiển trách";
                    case "warning" -> "cảnh cáo";
                    case "dismissal" -> "cách chức";
                    case "expulsion" -> "khai trừ";
                    default -> "khác";
                });
        JFreeChart chart = new Charts(new ChartTheme(ReportFonts.get()), formats)
                .disciplineByKind("Kỷ luật theo hình thức", "ghi chú", dataset, "Số trường hợp kỷ luật");

        assertThat(chart.getCategoryPlot().getRenderer()).isInstanceOf(StackedBarRenderer.class);
        assertThat(chart.getLegend()).isNotNull();
        assertThat(chart.getCategoryPlot().getLegendItems().get(0).getLabel()).isEqualTo("khiển trách");
        assertThat(chart.getCategoryPlot().getLegendItems().get(4).getLabel()).isEqualTo("khác");
        assertThat(chart.getCategoryPlot().getRenderer().getSeriesPaint(4)).isEqualTo(ChartTheme.GREY);
    }
}

package vn.kyluat.analytics.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import vn.kyluat.contract.Metric;

/** docs/metrics.md trend over quarter indexes 8097..8099 (2024Q2..Q4). */
class TrendTests {

    private static List<Row> trend(PeerRows rows) {
        return Trend.withTrend(rows.dataset()).orderBy("org_code", "q").collectAsList();
    }

    @Test
    void changeAgainstTheDirectlyPreviousQuarter() {
        List<Row> rows = trend(
                new PeerRows().cell(8097, "A", 7, 10).cell(8098, "A", 3, 4).cell(8099, "A", 9, 10));

        assertThat(rows.get(0).<Double>getAs(Metric.QOQ_ON_TIME_CHANGE.column()))
                .isNull();
        assertThat(rows.get(1).<Double>getAs(Metric.QOQ_ON_TIME_CHANGE.column()))
                .isCloseTo(0.05, within(1e-12));
        assertThat(rows.get(2).<Double>getAs(Metric.QOQ_ON_TIME_CHANGE.column()))
                .isCloseTo(0.15, within(1e-12));
    }

    @Test
    void noChangeWithoutARateOrWithoutTheDirectlyPreviousQuarter() {
        List<Row> rows = trend(new PeerRows()
                .cell(8097, "A", 1, 10)
                .cell(8099, "A", 2, 10)
                .cell(8097, "B", 0, 0)
                .cell(8098, "B", 1, 10));
        assertThat(rows)
                .extracting(r -> r.getAs("org_code"), r -> r.getAs(Metric.QOQ_ON_TIME_CHANGE.column()))
                .containsExactly(tuple("A", null), tuple("A", null), tuple("B", null), tuple("B", null));
    }
}

package vn.kyluat.reports.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.kyluat.contract.Metric;
import vn.kyluat.contract.PeerStatistics;
import vn.kyluat.contract.Quarter;
import vn.kyluat.reports.marts.OrgKind;
import vn.kyluat.reports.marts.OrgQuarter;

class RankingTests {

    @Test
    void keepsTheBestAndWorstAndPoolsTheRest() {
        List<OrgQuarter> cells = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            cells.add(cell("C0" + i, 10.0 * i, 10, i));
        }
        List<RankItem> items = Ranking.bestAndWorst(cells, 2, n -> n + " others");

        assertThat(items)
                .extracting(RankItem::label)
                .containsExactly("C09 – cell", "C08 – cell", "5 others", "C02 – cell", "C01 – cell");
        RankItem rest = items.get(2);
        assertThat(rest.pooledUnits()).isEqualTo(5);
        // The median index of 30..70 is 50: the pooled line shows the figure the ranking is sorted by.
        assertThat(rest.index()).isEqualTo(50.0);
        assertThat(items.get(0).index()).isEqualTo(90.0);
    }

    @Test
    void smallGroupsAreShownWhole() {
        List<OrgQuarter> cells = List.of(cell("A", 60.0, 10, 6), cell("B", null, 0, 0), cell("C", 80.0, 10, 8));
        assertThat(Ranking.bestAndWorst(cells, 2, n -> "rest"))
                .extracting(RankItem::label)
                .containsExactly("C – cell", "A – cell", "B – cell");
    }

    @Test
    void eachFunnelPointIsJudgedByTheBandOfItsOwnPeerGroup() {
        // Group A pools 90 %, group B 50 %. At n = 100: A's band is 0.9 ± 3·0.03, B's 0.5 ± 3·0.05.
        OrgQuarter lowInA = peer(cell("A1", 50.0, 100, 60), 0.9);
        OrgQuarter sameRateInB = peer(cell("B1", 50.0, 100, 60), 0.5);
        OrgQuarter highInB = peer(cell("B2", 50.0, 100, 70), 0.5);
        Funnel funnel = Funnel.of(List.of(lowInA, sameRateInB, highInB));

        assertThat(funnel.points())
                .extracting(Funnel.Point::verdict)
                .containsExactly(Funnel.Verdict.BELOW, Funnel.Verdict.WITHIN, Funnel.Verdict.ABOVE);
        Funnel.Point a1 = funnel.points().get(0);
        assertThat(a1.low3()).isCloseTo(0.81, within(1e-9));
        assertThat(a1.high3()).isCloseTo(0.99, within(1e-9));
        assertThat(funnel.sharedPooledRate()).as("two groups: no common funnel").isNull();
        assertThat(funnel.limits()).isEmpty();
        assertThat(funnel.outliers()).extracting(Funnel.Point::code).containsExactly("A1", "B2");
    }

    @Test
    void aPointsColourIsTheMartsFunnelFlagNotARecomputation() {
        // 0.6 at n = 100 lies inside 0.5 ± 3·0.05, but the mart row says below: the chart shows the mart
        OrgQuarter flaggedInMart = withFlag(peer(cell("B1", 50.0, 100, 60), 0.5), "below");
        OrgQuarter unflaggedInMart = withFlag(peer(cell("B2", 50.0, 100, 70), 0.5), null);
        Funnel funnel = Funnel.of(List.of(flaggedInMart, unflaggedInMart));

        assertThat(funnel.points())
                .extracting(Funnel.Point::verdict)
                .containsExactly(Funnel.Verdict.BELOW, Funnel.Verdict.WITHIN);
    }

    @Test
    void oneGroupGetsItsFunnelCurvesAroundTheMartsPooledRate() {
        Funnel funnel = Funnel.of(List.of(peer(cell("A", 50.0, 100, 90), 0.8), peer(cell("B", 50.0, 100, 70), 0.8)));
        assertThat(funnel.sharedPooledRate()).isEqualTo(0.8);
        Funnel.Limit atHundred =
                funnel.limits().stream().filter(l -> l.n() >= 100).findFirst().orElseThrow();
        double sigma = Math.sqrt(0.8 * 0.2 / atHundred.n());
        assertThat(atHundred.low3()).isCloseTo(0.8 - 3 * sigma, within(1e-9));
        assertThat(atHundred.high2()).isCloseTo(0.8 + 2 * sigma, within(1e-9));
    }

    /** The cell's subtree row with its peer group's pooled rate and the funnel_flag analytics writes with it. */
    static OrgQuarter peer(OrgQuarter cell, double pooled) {
        Map<Metric, Object> m = new EnumMap<>(cell.metrics());
        m.put(Metric.PEER_POOLED_ON_TIME_RATE, pooled);
        OrgQuarter row = with(cell, m);
        Double rate = row.number(Metric.ON_TIME_RATE);
        return withFlag(
                row, rate == null ? null : PeerStatistics.funnelFlag(rate, row.count(Metric.TASKS_DUE), pooled));
    }

    static OrgQuarter withFlag(OrgQuarter row, String flag) {
        Map<Metric, Object> m = new EnumMap<>(row.metrics());
        m.remove(Metric.FUNNEL_FLAG);
        if (flag != null) {
            m.put(Metric.FUNNEL_FLAG, flag);
        }
        return with(row, m);
    }

    private static OrgQuarter with(OrgQuarter cell, Map<Metric, Object> m) {
        return new OrgQuarter(
                cell.quarter(),
                cell.orgCode(),
                cell.scope(),
                cell.orgName(),
                cell.orgKind(),
                cell.parentCode(),
                cell.metricsVersion(),
                m);
    }

    static OrgQuarter cell(String code, Double index, long due, long onTime) {
        Map<Metric, Object> m = new EnumMap<>(Metric.class);
        if (index != null) {
            m.put(Metric.RESPONSIBILITY_INDEX, index);
        }
        m.put(Metric.TASKS_DUE, due);
        m.put(Metric.DONE_ON_TIME, onTime);
        if (due > 0) {
            m.put(Metric.ON_TIME_RATE, (double) onTime / due);
        }
        return new OrgQuarter(Quarter.parse("2024Q3"), code, "subtree", "cell", OrgKind.PARTY_CELL, "G1", "1", m);
    }
}

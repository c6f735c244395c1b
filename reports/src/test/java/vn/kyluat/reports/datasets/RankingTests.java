package vn.kyluat.reports.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.kyluat.contract.Metric;
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

    assertThat(items).extracting(RankItem::label)
        .containsExactly("C09 – cell", "C08 – cell", "5 others", "C02 – cell", "C01 – cell");
    RankItem rest = items.get(2);
    assertThat(rest.pooledUnits()).isEqualTo(5);
    assertThat(rest.tasksDue()).isEqualTo(50);
    // on time 3+4+5+6+7 = 25 of 50; median index of 30..70 is 50.
    assertThat(rest.onTime()).isEqualTo(0.5);
    assertThat(rest.index()).isEqualTo(50.0);
  }

  @Test
  void smallGroupsAreShownWhole() {
    List<OrgQuarter> cells = List.of(cell("A", 60.0, 10, 6), cell("B", null, 0, 0), cell("C", 80.0, 10, 8));
    assertThat(Ranking.bestAndWorst(cells, 2, n -> "rest")).extracting(RankItem::label)
        .containsExactly("C – cell", "A – cell", "B – cell");
  }

  @Test
  void wilsonIntervalOfEightOfTen() {
    // Hand-computed: p = 0.8, n = 10, z = 1.96 gives [0.4902, 0.9433].
    double[] ci = Wilson.interval(8, 10);
    assertThat(ci[0]).isCloseTo(0.4902, within(1e-4));
    assertThat(ci[1]).isCloseTo(0.9433, within(1e-4));
  }

  @Test
  void funnelLimitsNarrowAroundThePooledRate() {
    Funnel funnel = Funnel.of(List.of(cell("A", 50.0, 100, 90), cell("B", 50.0, 100, 70)));
    assertThat(funnel.pooledRate()).isEqualTo(0.8);
    Funnel.Limit atHundred = funnel.limits().stream().filter(l -> l.n() >= 100).findFirst().orElseThrow();
    double sigma = Math.sqrt(0.8 * 0.2 / atHundred.n());
    assertThat(atHundred.low3()).isCloseTo(0.8 - 3 * sigma, within(1e-9));
    assertThat(atHundred.high2()).isCloseTo(0.8 + 2 * sigma, within(1e-9));
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

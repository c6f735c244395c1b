package vn.kyluat.analytics.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.kyluat.contract.Metric;

/**
 * docs/metrics.md on numbers worked out by hand: three cells under G, 10/10, 15/30 and 1/20 on time.
 * Pooled p = 26/60 = 0.4333…, m = 20.
 */
class PeerComparisonTests {
    private static final Offset<Double> EXACT = within(1e-12);
    private static Map<String, Row> byOrg;

    @BeforeAll
    static void computeOnce() {
        byOrg = PeerComparison.withPeerStatistics(
                        new PeerRows()
                                .cell(8098, "X", 10, 10)
                                .cell(8098, "Y", 15, 30)
                                .cell(8098, "W", 1, 20)
                                .row(8098, "OTHER", "H", 3, 4, 0, null)
                                .dataset(),
                        20)
                .collectAsList()
                .stream()
                .collect(Collectors.toMap(r -> r.getAs("org_code"), r -> r));
    }

    private static double value(String org, Metric metric) {
        return byOrg.get(org).<Double>getAs(metric.column());
    }

    @Test
    void peerGroupIsTheKindUnderTheSameParent() {
        assertThat(byOrg.get("X").<String>getAs(Metric.PEER_GROUP.column())).isEqualTo("G/party_cell");
        assertThat(byOrg.get("X").<Long>getAs(Metric.PEER_COUNT.column())).isEqualTo(3L);
        assertThat(byOrg.get("OTHER").<Long>getAs(Metric.PEER_COUNT.column())).isEqualTo(1L);
    }

    @Test
    void thePooledRateIsTheGroupsSummedOnTimeOverItsSummedTasksDue() {
        // G: (10 + 15 + 1) / (10 + 30 + 20) = 26/60, the same for each cell, not the mean of 1, 0.5 and 0.05
        assertThat(value("X", Metric.PEER_POOLED_ON_TIME_RATE)).isCloseTo(26.0 / 60, EXACT);
        assertThat(value("W", Metric.PEER_POOLED_ON_TIME_RATE)).isCloseTo(26.0 / 60, EXACT);
        // a group of one: its own 3/4
        assertThat(value("OTHER", Metric.PEER_POOLED_ON_TIME_RATE)).isCloseTo(0.75, EXACT);
    }

    @Test
    void shrunkRateMovesTowardsThePooledRateOfThePeerGroup() {
        // (10 + 20 × 26/60) / (10 + 20) = 18.6667 / 30
        assertThat(value("X", Metric.SHRUNK_ON_TIME_RATE)).isCloseTo(0.6222222222222222, EXACT);
        // (15 + 8.6667) / 50
        assertThat(value("Y", Metric.SHRUNK_ON_TIME_RATE)).isCloseTo(0.4733333333333334, EXACT);
        // a group of one shrinks to itself: (3 + 20 × 3/4) / 24 = 0.75
        assertThat(value("OTHER", Metric.SHRUNK_ON_TIME_RATE)).isCloseTo(0.75, EXACT);
    }

    @Test
    void wilsonIntervalAtNinetyFivePercent() {
        // 15/30: centre (0.5 + 1.96²/60) / (1 + 1.96²/30) = 0.5, half-width 1.96·sqrt(0.25/30 + 1.96²/3600) / 1.128053
        assertThat(value("Y", Metric.ON_TIME_CI_LOW)).isCloseTo(0.3315385122717376, EXACT);
        assertThat(value("Y", Metric.ON_TIME_CI_HIGH)).isCloseTo(0.6684614877282624, EXACT);
        assertThat(value("X", Metric.ON_TIME_CI_LOW)).isCloseTo(0.7224598312333834, EXACT);
        assertThat(value("X", Metric.ON_TIME_CI_HIGH)).isCloseTo(1.0, EXACT);
    }

    @Test
    void wilsonBoundsAreExactlyZeroAndOneAtTheEdges() {
        Map<String, Row> edges = PeerComparison.withPeerStatistics(
                        new PeerRows()
                                .cell(8098, "NONE", 0, 5)
                                .cell(8098, "ALL", 5, 5)
                                .dataset(),
                        20)
                .collectAsList()
                .stream()
                .collect(Collectors.toMap(r -> r.getAs("org_code"), r -> r));
        // n = 5, p = 0: the low bound is (z²/2n − z·z/2n) / (1 + z²/n) = 0 on paper, −3.1e-17 in doubles;
        // p = 1: the high bound is 1 on paper, 1.0000000000000002 in doubles
        assertThat(edges.get("NONE").<Double>getAs(Metric.ON_TIME_CI_LOW.column()))
                .isEqualTo(0.0);
        assertThat(edges.get("ALL").<Double>getAs(Metric.ON_TIME_CI_HIGH.column()))
                .isEqualTo(1.0);
        // the other bounds: z² / (n + z²) = 3.8416 / 8.8416 = 0.434491...
        assertThat(edges.get("NONE").<Double>getAs(Metric.ON_TIME_CI_HIGH.column()))
                .isCloseTo(0.4344914947520810, EXACT);
        assertThat(edges.get("ALL").<Double>getAs(Metric.ON_TIME_CI_LOW.column()))
                .isCloseTo(0.5655085052479190, EXACT);
    }

    @Test
    void funnelFlagsRatesOutsideThreeStandardErrorsOfThePooledRate() {
        // limits 0.4333 ± 3·sqrt(0.4333·0.5667/n): n = 10 → up to 0.9034, n = 30 → 0.1619..0.7047, n = 20 → from 0.1009
        assertThat(byOrg.get("X").<String>getAs(Metric.FUNNEL_FLAG.column())).isEqualTo("above");
        assertThat(byOrg.get("Y").<String>getAs(Metric.FUNNEL_FLAG.column())).isNull();
        assertThat(byOrg.get("W").<String>getAs(Metric.FUNNEL_FLAG.column())).isEqualTo("below");
    }

    @Test
    void noTasksDueGivesNoIntervalNoFlagAndThePooledRateAsShrunkRate() {
        Row empty = PeerComparison.withPeerStatistics(
                        new PeerRows()
                                .cell(8098, "X", 10, 10)
                                .cell(8098, "E", 0, 0)
                                .dataset(),
                        20)
                .filter("org_code = 'E'")
                .first();
        assertThat(empty.<Double>getAs(Metric.ON_TIME_CI_LOW.column())).isNull();
        assertThat(empty.<String>getAs(Metric.FUNNEL_FLAG.column())).isNull();
        assertThat(empty.<Double>getAs(Metric.SHRUNK_ON_TIME_RATE.column())).isEqualTo(1.0);
    }
}

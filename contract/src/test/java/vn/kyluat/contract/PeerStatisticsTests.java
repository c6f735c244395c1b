package vn.kyluat.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The Wilson interval and the funnel limits on numbers worked out by hand (z = 1.96, z² = 3.8416). */
class PeerStatisticsTests {
    private static final Offset<Double> EXACT = within(1e-12);

    @Test
    void wilsonIntervalOfEightOfTen() {
        // rate 0.8, n 10: denominator 1 + 3.8416/10 = 1.38416; centre 0.8 + 3.8416/20 = 0.99208;
        // half 1.96 · sqrt(0.16/10 + 3.8416/400) = 1.96 · sqrt(0.025604) = 0.3136245;
        // low (0.99208 − 0.3136245) / 1.38416 = 0.490157, high (0.99208 + 0.3136245) / 1.38416 = 0.943319
        assertThat(PeerStatistics.wilsonLow(0.8, 10)).isCloseTo(0.49015684672072346, EXACT);
        assertThat(PeerStatistics.wilsonHigh(0.8, 10)).isCloseTo(0.9433190520193067, EXACT);
    }

    @Test
    void wilsonBoundsAreExactlyZeroAndOneAtTheEdges() {
        // rate 0, n 5: low (z²/10 − z·z/10) / (1 + z²/5) = 0 on paper, −3.1e-17 in doubles; high z² / (5 + z²)
        assertThat(PeerStatistics.wilsonLow(0.0, 5)).isEqualTo(0.0);
        assertThat(PeerStatistics.wilsonHigh(0.0, 5)).isCloseTo(3.8416 / 8.8416, EXACT);
        assertThat(PeerStatistics.wilsonHigh(1.0, 5)).isEqualTo(1.0);
        assertThat(PeerStatistics.wilsonLow(1.0, 5)).isCloseTo(5 / 8.8416, EXACT);
    }

    @Test
    void wilsonNeedsATrial() {
        assertThatThrownBy(() -> PeerStatistics.wilsonLow(0.0, 0)).hasMessageContaining("n = 0");
    }

    @Test
    void funnelLimitsAreThePooledRatePlusOrMinusStandardErrors() {
        // p 0.8, n 100: standard error sqrt(0.8 · 0.2 / 100) = 0.04; 3σ: 0.68 .. 0.92, 2σ: 0.72 .. 0.88
        assertThat(PeerStatistics.funnelLow(0.8, 100, PeerStatistics.FUNNEL_SIGMAS))
                .isCloseTo(0.68, EXACT);
        assertThat(PeerStatistics.funnelHigh(0.8, 100, PeerStatistics.FUNNEL_SIGMAS))
                .isCloseTo(0.92, EXACT);
        assertThat(PeerStatistics.funnelLow(0.8, 100, PeerStatistics.FUNNEL_WARNING_SIGMAS))
                .isCloseTo(0.72, EXACT);
        assertThat(PeerStatistics.funnelHigh(0.8, 100, PeerStatistics.FUNNEL_WARNING_SIGMAS))
                .isCloseTo(0.88, EXACT);
    }

    @Test
    void funnelFlagsOnlyRatesOutsideThreeStandardErrors() {
        // p 0.8, n 100: 3σ limits 0.68 .. 0.92; the 2σ warning curve (0.72) flags nothing
        assertThat(PeerStatistics.funnelFlag(0.67, 100, 0.8)).isEqualTo(PeerStatistics.BELOW);
        assertThat(PeerStatistics.funnelFlag(0.70, 100, 0.8)).isNull();
        assertThat(PeerStatistics.funnelFlag(0.91, 100, 0.8)).isNull();
        assertThat(PeerStatistics.funnelFlag(0.93, 100, 0.8)).isEqualTo(PeerStatistics.ABOVE);
        assertThat(PeerStatistics.funnelFlag(0.0, 0, 0.8)).as("no tasks due").isNull();
    }
}

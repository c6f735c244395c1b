package vn.kyluat.reports.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WilsonTests {

    @Test
    void wilsonIntervalOfEightOfTen() {
        // Hand-computed: p = 0.8, n = 10, z = 1.96 gives [0.4902, 0.9433].
        double[] ci = Wilson.interval(8, 10);
        assertThat(ci[0]).isCloseTo(0.4902, within(1e-4));
        assertThat(ci[1]).isCloseTo(0.9433, within(1e-4));
    }
}

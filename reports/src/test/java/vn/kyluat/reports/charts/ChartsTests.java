package vn.kyluat.reports.charts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChartsTests {

    @Test
    void theKeysTickStepIsOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(Charts.niceStep(0.4)).isEqualTo(1);
        assertThat(Charts.niceStep(1.5)).isEqualTo(2);
        assertThat(Charts.niceStep(4.5)).isEqualTo(5);
        assertThat(Charts.niceStep(6)).isEqualTo(10);
        assertThat(Charts.niceStep(16)).isEqualTo(20);
    }
}

package vn.kyluat.reports.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectionTests {

    @Test
    void projectsTheLinearTrendOfTheLastFourQuarters() {
        // The last four are 0.70, 0.72, 0.74, 0.76: +0.02 a quarter, so the next is 0.78; 0.10 is ignored.
        List<Double> values = List.of(0.10, 0.70, 0.72, 0.74, 0.76);
        assertThat(Projection.linearNext(values, 4, 0, 1).getAsDouble()).isCloseTo(0.78, within(1e-9));
    }

    @Test
    void leastSquaresThroughUnevenPoints() {
        // x = 0..3, y = 1, 3, 2, 4: slope 0.8, intercept 1.3, so x = 4 gives 4.5.
        assertThat(Projection.linearNext(List.of(1.0, 3.0, 2.0, 4.0), 4, 0, 100).getAsDouble())
                .isCloseTo(4.5, within(1e-9));
    }

    @Test
    void ratesAreClampedToOne() {
        assertThat(Projection.linearNext(List.of(0.90, 0.95, 0.99, 1.0), 4, 0, 1)
                        .getAsDouble())
                .isEqualTo(1.0);
    }

    @Test
    void skipsUnknownQuartersAndNeedsThreeKnownValues() {
        assertThat(Projection.linearNext(Arrays.asList(null, null, 0.4, 0.5), 4, 0, 1))
                .isEmpty();
        // x = 0, 2, 3 with y = 0.5, 0.7, 0.8: slope 0.1, so x = 4 gives 0.9.
        assertThat(Projection.linearNext(Arrays.asList(0.5, null, 0.7, 0.8), 4, 0, 1)
                        .getAsDouble())
                .isCloseTo(0.9, within(1e-9));
    }
}

package vn.kyluat.analytics.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.kyluat.contract.Quarter;

class QuartersToComputeTests {
    private static Optional<Instant> at(String instant) {
        return Optional.of(Instant.parse(instant));
    }

    @Test
    void byDefaultFromTheFirstAssignmentToTheLastQuarterEndedBeforeTheNewestFact() {
        // 2023-12-31T17:30Z is 2024-01-01 00:30 in Vietnam: the first assignment falls in 2024Q1.
        // 2024-11-26 is in 2024Q4, which has not ended: the last complete quarter is 2024Q3.
        assertThat(QuartersToCompute.resolve(
                        Optional.empty(), Optional.empty(), at("2023-12-31T17:30:00Z"), at("2024-11-26T03:00:00Z")))
                .extracting(Quarter::toString)
                .containsExactly("2024Q1", "2024Q2", "2024Q3");
    }

    @Test
    void aQuarterEndsAtLocalMidnightSoAFactAtThatInstantCompletesIt() {
        // 2024-09-30T17:00Z = 2024-10-01 00:00 in Vietnam: 2024Q3 is over.
        assertThat(QuartersToCompute.resolve(
                        Optional.empty(), Optional.empty(), at("2024-07-05T00:00:00Z"), at("2024-09-30T17:00:00Z")))
                .extracting(Quarter::toString)
                .containsExactly("2024Q3");
    }

    @Test
    void configuredBoundsWinOverTheLake() {
        assertThat(QuartersToCompute.resolve(
                        Optional.of(Quarter.parse("2024Q2")),
                        Optional.of(Quarter.parse("2024Q3")),
                        at("2020-01-05T00:00:00Z"),
                        at("2026-01-01T00:00:00Z")))
                .extracting(Quarter::toString)
                .containsExactly("2024Q2", "2024Q3");
    }

    @Test
    void aLakeWhoseFactsAllFallInTheCurrentQuarterHasNothingCompleteToCompute() {
        assertThatThrownBy(() -> QuartersToCompute.resolve(
                        Optional.empty(), Optional.empty(), at("2024-10-05T00:00:00Z"), at("2024-11-26T00:00:00Z")))
                .hasMessageContaining("no complete quarter to compute")
                .hasMessageContaining("give --to");
    }

    @Test
    void aLakeWithoutTasksNeedsExplicitQuarters() {
        assertThatThrownBy(() -> QuartersToCompute.resolve(
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()))
                .hasMessageContaining("the lake holds no task");
    }
}

package vn.kyluat.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QuarterTests {

    @Test
    void boundsOfAQuarterAreLocalDates() {
        Quarter q = Quarter.parse("2024Q3");
        assertThat(q.start()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(q.end()).isEqualTo(LocalDate.of(2024, 10, 1));
        assertThat(q.lastDay()).isEqualTo(LocalDate.of(2024, 9, 30));
    }

    @Test
    void asOfIsLocalMidnightOfTheNextQuarter() {
        assertThat(Quarter.parse("2024Q3").asOf()).isEqualTo(Instant.parse("2024-09-30T17:00:00Z"));
    }

    @Test
    void fiveInTheMorningOnTheFirstDayBelongsToTheNewQuarterThoughUtcIsStillThePreviousDay() {
        Instant fiveAmLocal = Instant.parse("2024-09-30T22:00:00Z");
        assertThat(Quarter.of(fiveAmLocal)).isEqualTo(Quarter.parse("2024Q4"));
    }

    @Test
    void halfPastElevenAtNightOnTheLastDayStaysInTheQuarter() {
        Instant lateEvening = Instant.parse("2024-09-30T16:30:00Z");
        assertThat(Quarter.of(lateEvening)).isEqualTo(Quarter.parse("2024Q3"));
    }

    @Test
    void quartersWrapAroundTheYear() {
        assertThat(Quarter.parse("2024Q4").next()).isEqualTo(Quarter.parse("2025Q1"));
        assertThat(Quarter.parse("2025Q1").previous()).isEqualTo(Quarter.parse("2024Q4"));
        assertThat(Quarter.range(Quarter.parse("2023Q4"), Quarter.parse("2024Q2")))
                .extracting(Quarter::toString)
                .containsExactly("2023Q4", "2024Q1", "2024Q2");
    }

    @Test
    void aMalformedNameSaysWhatWasExpected() {
        assertThatThrownBy(() -> Quarter.parse("2024-3")).hasMessageContaining("2024Q3");
    }
}

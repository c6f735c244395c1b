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

    @Test
    void theIndexCountsQuartersOnOneLine() {
        // 2024Q3: 2024 * 4 + 3 - 1 = 8098; 2025Q1 comes two quarters later
        assertThat(Quarter.parse("2024Q3").index()).isEqualTo(8098);
        assertThat(Quarter.parse("2025Q1").index() - Quarter.parse("2024Q3").index())
                .isEqualTo(2);
        assertThat(Quarter.ofIndex(8098)).isEqualTo(Quarter.parse("2024Q3"));
    }

    @Test
    void everyQuarterOfARangeGoesToItsIndexAndBack() {
        Quarter first = Quarter.parse("2019Q2");
        int index = first.index();
        for (Quarter q : Quarter.range(first, Quarter.parse("2031Q1"))) {
            assertThat(q.index()).as("%s", q).isEqualTo(index++);
            assertThat(Quarter.ofIndex(q.index())).isEqualTo(q);
            assertThat(Quarter.indexOf(q.start())).isEqualTo(q.index());
            assertThat(Quarter.indexOf(q.lastDay())).isEqualTo(q.index());
            assertThat(Quarter.indexOf(q.end())).isEqualTo(q.index() + 1);
        }
    }
}

package vn.kyluat.reports.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.kyluat.contract.MetricKind;
import vn.kyluat.contract.Quarter;

class FormatsTests {
    private final Formats vi = new Formats(Language.VI);
    private final Formats en = new Formats(Language.EN);

    @Test
    void vietnameseWritesCommaDecimalsAndDotThousands() {
        assertThat(vi.value(MetricKind.COUNT, 12345L)).isEqualTo("12.345");
        assertThat(vi.value(MetricKind.RATE, 0.8765)).isEqualTo("87,7 %");
        assertThat(vi.value(MetricKind.INDEX, 72.44)).isEqualTo("72,4");
        assertThat(vi.value(MetricKind.RATE_CHANGE, 0.023)).isEqualTo("+2,3 điểm %");
        assertThat(vi.value(MetricKind.FLAG, true)).isEqualTo("Có");
    }

    @Test
    void englishWritesDotDecimalsAndCommaThousands() {
        assertThat(en.value(MetricKind.COUNT, 12345L)).isEqualTo("12,345");
        assertThat(en.value(MetricKind.RATE, 0.8765)).isEqualTo("87.7%");
        assertThat(en.value(MetricKind.RATE_CHANGE, -0.05)).isEqualTo("−5.0 pp");
    }

    @Test
    void aChangeThatRoundsToZeroCarriesNoSign() {
        assertThat(vi.points(-0.0004)).isEqualTo("0,0 điểm %");
        assertThat(vi.decimal(-0.04, 1)).isEqualTo("0,0");
        assertThat(vi.points(0.0006)).isEqualTo("+0,1 điểm %");
    }

    @Test
    void emptyFiguresShowAsADash() {
        assertThat(vi.value(MetricKind.RATE, null)).isEqualTo("–");
    }

    @Test
    void datesFollowTheLanguage() {
        assertThat(vi.date(LocalDate.of(2024, 9, 30))).isEqualTo("30/09/2024");
        assertThat(en.date(LocalDate.of(2024, 9, 30))).isEqualTo("2024-09-30");
    }

    @Test
    void instantsAreShownInVietnamLocalTimeWhateverTheJvmZone() {
        // 17:30 UTC is 00:30 the next day in Vietnam (+07:00); the test JVM runs in New York.
        assertThat(vi.dateTime(Instant.parse("2024-09-30T17:30:00Z"))).isEqualTo("01/10/2024 00:30 (+07:00)");
    }

    @Test
    void quartersAreNamedAsEachLanguageDoes() {
        assertThat(vi.quarter(Quarter.parse("2024Q3"))).isEqualTo("Quý 3/2024");
        assertThat(en.quarter(Quarter.parse("2024Q3"))).isEqualTo("Q3 2024");
    }
}

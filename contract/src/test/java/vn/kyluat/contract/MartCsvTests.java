package vn.kyluat.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CsvFormatTests {
    @Test
    void nullIsAnEmptyField() {
        assertThat(MartCsv.line(Arrays.asList("a", null, 3L))).isEqualTo("a,,3\r\n");
    }

    @Test
    void numbersAreWrittenInFullWithADotAndNeverInScientificNotation() {
        assertThat(MartCsv.field(0.00001)).isEqualTo("0.00001");
        assertThat(MartCsv.field(12_345_678.5)).isEqualTo("12345678.5");
        assertThat(MartCsv.field(1.0e21)).isEqualTo("1000000000000000000000");
        assertThat(MartCsv.field(100.0)).isEqualTo("100");
        assertThat(MartCsv.field(0.0)).isEqualTo("0");
        assertThat(MartCsv.field(-2.5f)).isEqualTo("-2.5");
        assertThat(MartCsv.field(new BigDecimal("1E+3"))).isEqualTo("1000");
    }

    @Test
    void aDoubleIsNotRoundedButWrittenAsItsShortestExactDecimal() {
        assertThat(MartCsv.field(2.0 / 3)).isEqualTo("0.6666666666666666");
        assertThat(MartCsv.field(0.1 + 0.2)).isEqualTo("0.30000000000000004");
    }

    @Test
    void fieldsWithACommaAQuoteOrALineBreakAreQuotedWithQuotesDoubled() {
        assertThat(MartCsv.field("Đảng ủy xã, phường")).isEqualTo("\"Đảng ủy xã, phường\"");
        assertThat(MartCsv.field("say \"no\"")).isEqualTo("\"say \"\"no\"\"\"");
        assertThat(MartCsv.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(MartCsv.field("Chi bộ số 3")).isEqualTo("Chi bộ số 3");
    }

    @Test
    void datesAreIsoAndInstantsAreVietnameseLocalTimeWithTheOffset() {
        assertThat(MartCsv.field(LocalDate.of(2024, 9, 30))).isEqualTo("2024-09-30");
        assertThat(MartCsv.field(Instant.parse("2024-09-30T17:30:00Z"))).isEqualTo("2024-10-01T00:30:00+07:00");
        assertThat(MartCsv.field(java.sql.Timestamp.from(Instant.parse("2024-09-30T17:30:00Z"))))
                .isEqualTo("2024-10-01T00:30:00+07:00");
        assertThat(MartCsv.field(true)).isEqualTo("true");
    }
}

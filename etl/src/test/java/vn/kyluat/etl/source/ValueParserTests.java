package vn.kyluat.etl.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.kyluat.contract.ColumnType;

class ValueParserTests {

    @Test
    void datesAreIsoOrVietnameseDayMonthYear() {
        assertThat(ValueParser.parse(ColumnType.DATE, "2024-09-30")).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(ValueParser.parse(ColumnType.DATE, "30/09/2024")).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(ValueParser.parse(ColumnType.DATE, "31/02/2024")).isInstanceOf(Malformed.class);
        assertThat(ValueParser.parse(ColumnType.DATE, "09/30/2024")).isInstanceOf(Malformed.class);
    }

    @Test
    void aTimestampWithoutOffsetIsVietnameseLocalTime() {
        assertThat(ValueParser.parse(ColumnType.TIMESTAMP, "2024-09-30T23:30:00"))
                .isEqualTo(Instant.parse("2024-09-30T16:30:00Z"));
        assertThat(ValueParser.parse(ColumnType.TIMESTAMP, "2024-09-30 23:30"))
                .isEqualTo(Instant.parse("2024-09-30T16:30:00Z"));
    }

    @Test
    void aSpreadsheetTimestampDayFirstIsVietnameseLocalTime() {
        assertThat(ValueParser.parse(ColumnType.TIMESTAMP, "30/09/2025 23:30"))
                .isEqualTo(Instant.parse("2025-09-30T16:30:00Z"));
        assertThat(ValueParser.parse(ColumnType.TIMESTAMP, "1/10/2025 8:05:09"))
                .isEqualTo(Instant.parse("2025-10-01T01:05:09Z"));
        assertThat(ValueParser.parse(ColumnType.TIMESTAMP, "31/09/2025 23:30"))
                .isEqualTo(new Malformed(
                        "31/09/2025 23:30", "a timestamp (ISO-8601, or dd/MM/yyyy HH:mm[:ss] local time)"));
    }

    @Test
    void aTimestampWithAnOffsetKeepsItsInstant() {
        assertThat(ValueParser.parse(ColumnType.TIMESTAMP, "2024-09-30T23:30:00+07:00"))
                .isEqualTo(Instant.parse("2024-09-30T16:30:00Z"));
        assertThat(ValueParser.parse(ColumnType.TIMESTAMP, "2024-09-30T16:30:00Z"))
                .isEqualTo(Instant.parse("2024-09-30T16:30:00Z"));
        assertThat(ValueParser.parse(ColumnType.TIMESTAMP, "2024-09-30 16:30:00.123456+00"))
                .isEqualTo(Instant.parse("2024-09-30T16:30:00.123456Z"));
        assertThat(ValueParser.parse(ColumnType.TIMESTAMP, "yesterday")).isInstanceOf(Malformed.class);
    }

    @Test
    void numbersAndBooleans() {
        assertThat(ValueParser.parse(ColumnType.BIGINT, " 42 ")).isEqualTo(42L);
        assertThat(ValueParser.parse(ColumnType.BIGINT, "4.2")).isInstanceOf(Malformed.class);
        assertThat(ValueParser.parse(ColumnType.BOOLEAN, "t")).isEqualTo(true);
        assertThat(ValueParser.parse(ColumnType.BOOLEAN, "FALSE")).isEqualTo(false);
        assertThat(ValueParser.parse(ColumnType.BOOLEAN, "có"))
                .isEqualTo(new Malformed("có", "a boolean: one of [true, false, t, f, 1, 0, yes, no, y, n], any case"));
    }
}

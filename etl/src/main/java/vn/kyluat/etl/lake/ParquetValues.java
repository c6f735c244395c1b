package vn.kyluat.etl.lake;

import java.time.Instant;
import java.time.LocalDate;

/** The lake's physical encodings of dates and instants. */
final class ParquetValues {
    private static final long MICROS_PER_SECOND = 1_000_000L;

    private ParquetValues() {}

    static long micros(Instant instant) {
        return Math.addExact(
                Math.multiplyExact(instant.getEpochSecond(), MICROS_PER_SECOND), instant.getNano() / 1_000);
    }

    static Instant instant(long micros) {
        return Instant.ofEpochSecond(
                Math.floorDiv(micros, MICROS_PER_SECOND), Math.floorMod(micros, MICROS_PER_SECOND) * 1_000);
    }

    static int days(LocalDate date) {
        return Math.toIntExact(date.toEpochDay());
    }

    static LocalDate date(int days) {
        return LocalDate.ofEpochDay(days);
    }
}

package vn.kyluat.etl.source;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.time.Instant;
import java.time.LocalDate;
import vn.kyluat.contract.Zone;
import vn.kyluat.etl.source.CopyBinaryInput.FieldDecoder;

/**
 * PostgreSQL's binary send formats of the types the contract uses (text: {@link RepeatedTextDecoder}): int8, bool, date
 * (days since 2000-01-01) and timestamps (microseconds since 2000-01-01; without zone = local +07:00).
 * Infinite dates and timestamps have no Parquet value: they come back {@link Malformed}.
 */
final class CopyFieldDecoders {
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final long EPOCH_2000_DAYS = 10_957;
    private static final long EPOCH_2000_SECONDS = EPOCH_2000_DAYS * 86_400;
    private static final long MICROS = 1_000_000;

    static final FieldDecoder INT8 = (bytes, offset, length) -> (long) LONG.get(bytes, offset);
    static final FieldDecoder BOOL = (bytes, offset, length) -> bytes[offset] != 0;
    static final FieldDecoder DATE = (bytes, offset, length) -> {
        int days = (int) INT.get(bytes, offset);
        return days == Integer.MAX_VALUE || days == Integer.MIN_VALUE
                ? new Malformed(days > 0 ? "infinity" : "-infinity", "a date (yyyy-MM-dd or dd/MM/yyyy)")
                : LocalDate.ofEpochDay(days + EPOCH_2000_DAYS);
    };
    static final FieldDecoder TIMESTAMPTZ = timestamp(0);
    static final FieldDecoder LOCAL_TIMESTAMP = timestamp(Zone.VIETNAM.getTotalSeconds());

    private CopyFieldDecoders() {}

    /** @param offsetSeconds the zone offset of the stored wall-clock time (0 for timestamptz, stored in UTC) */
    private static FieldDecoder timestamp(int offsetSeconds) {
        return (bytes, offset, length) -> {
            long micros = (long) LONG.get(bytes, offset);
            if (micros == Long.MAX_VALUE || micros == Long.MIN_VALUE) {
                return new Malformed(micros > 0 ? "infinity" : "-infinity", "an ISO-8601 timestamp");
            }
            long seconds = Math.floorDiv(micros, MICROS);
            return Instant.ofEpochSecond(
                    EPOCH_2000_SECONDS + seconds - offsetSeconds, Math.floorMod(micros, MICROS) * 1_000);
        };
    }
}

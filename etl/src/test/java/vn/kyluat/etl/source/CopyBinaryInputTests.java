package vn.kyluat.etl.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The binary COPY format as PostgreSQL sends it (documented in the COPY reference page). */
class CopyBinaryInputTests {
    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};

    /** Header, the fields of one tuple (null = SQL NULL), trailer. */
    private static byte[] stream(byte[]... fields) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(SIGNATURE);
        out.writeInt(0);
        out.writeInt(0);
        out.writeShort(fields.length);
        for (byte[] field : fields) {
            out.writeInt(field == null ? -1 : field.length);
            if (field != null) {
                out.write(field);
            }
        }
        out.writeShort(-1);
        return bytes.toByteArray();
    }

    private static byte[] int64(long value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new DataOutputStream(bytes).writeLong(value);
        return bytes.toByteArray();
    }

    private static byte[] int32(int value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new DataOutputStream(bytes).writeInt(value);
        return bytes.toByteArray();
    }

    /** Hands over one byte per read, so every field crosses a refill of the buffer. */
    private static InputStream trickle(byte[] bytes) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1));
            }
        };
    }

    @Test
    void fieldsDecodeToTheContractValuesWhereverTheStreamIsCut() throws IOException {
        // 2024-09-30 23:30:00+07 is 2024-09-30T16:30Z: 781,029,000 s after 2000-01-01T00:00Z; 2024-10-15 is day 9,054.
        byte[] copy = stream(
                int64(42),
                "Đảng ủy xã".getBytes(StandardCharsets.UTF_8),
                null,
                int32(9_054),
                int64(781_029_000_000_000L),
                new byte[] {1});
        CopyBinaryInput input = new CopyBinaryInput(trickle(copy));
        input.readHeader();

        assertThat(input.nextTuple()).isEqualTo(6);
        assertThat(input.readField(CopyFieldDecoders.INT8)).isEqualTo(42L);
        assertThat(input.readField(new RepeatedTextDecoder())).isEqualTo("Đảng ủy xã");
        assertThat(input.readField(new RepeatedTextDecoder())).isNull();
        assertThat(input.readField(CopyFieldDecoders.DATE)).isEqualTo(LocalDate.of(2024, 10, 15));
        assertThat(input.readField(CopyFieldDecoders.TIMESTAMPTZ)).isEqualTo(Instant.parse("2024-09-30T16:30:00Z"));
        assertThat(input.readField(CopyFieldDecoders.BOOL)).isEqualTo(true);
        assertThat(input.nextTuple()).isEqualTo(-1);
    }

    @Test
    void aTimestampWithoutZoneIsLocalTimeAndInfinityIsMalformed() throws IOException {
        byte[] copy = stream(int64(781_079_400_000_000L), int64(Long.MAX_VALUE), int32(Integer.MIN_VALUE));
        CopyBinaryInput input = new CopyBinaryInput(new ByteArrayInputStream(copy));
        input.readHeader();
        input.nextTuple();

        // 781,079,400 s after midnight 2000-01-01 is 2024-10-01T06:30 on the clock; at +07:00 that is
        // 2024-09-30T23:30Z.
        assertThat(input.readField(CopyFieldDecoders.LOCAL_TIMESTAMP)).isEqualTo(Instant.parse("2024-09-30T23:30:00Z"));
        assertThat(input.readField(CopyFieldDecoders.TIMESTAMPTZ))
                .isEqualTo(new Malformed("infinity", "an ISO-8601 timestamp"));
        assertThat(input.readField(CopyFieldDecoders.DATE))
                .isEqualTo(new Malformed("-infinity", "a date (yyyy-MM-dd or dd/MM/yyyy)"));
    }

    @Test
    void aFieldLargerThanTheBufferIsReadWhole() throws IOException {
        String note = "ghi chú ".repeat(20_000);
        CopyBinaryInput input =
                new CopyBinaryInput(new ByteArrayInputStream(stream(note.getBytes(StandardCharsets.UTF_8))));
        input.readHeader();
        input.nextTuple();

        assertThat(input.readField(new RepeatedTextDecoder())).isEqualTo(note);
    }

    @Test
    void aStreamCutShortIsAnErrorAndNotTheEnd() throws IOException {
        byte[] copy = stream(int64(42));
        CopyBinaryInput input =
                new CopyBinaryInput(new ByteArrayInputStream(java.util.Arrays.copyOf(copy, copy.length - 6)));
        input.readHeader();
        input.nextTuple();

        assertThatThrownBy(() -> input.readField(CopyFieldDecoders.INT8)).isInstanceOf(EOFException.class);
    }
}

package vn.kyluat.etl.source;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Reads PostgreSQL's binary COPY format (a header, then tuples of length-prefixed fields, then a
 * trailer) from a stream, decoding each field straight from its own buffer: no per-field copies.
 */
final class CopyBinaryInput {
    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);
    private final InputStream in;
    private byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;

    CopyBinaryInput(InputStream in) {
        this.in = in;
    }

    /** Checks the signature and skips the flags and the header extension. */
    void readHeader() throws IOException {
        require(SIGNATURE.length + 8);
        if (!Arrays.equals(buffer, position, position + SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)) {
            throw new IOException("not a binary COPY stream");
        }
        position += SIGNATURE.length + 4;
        int extension = readInt();
        require(extension);
        position += extension;
    }

    /** The number of fields of the next tuple, or -1 at the trailer. */
    int nextTuple() throws IOException {
        require(2);
        short fields = (short) SHORT.get(buffer, position);
        position += 2;
        return fields;
    }

    /** The next field of the tuple, decoded; null for SQL NULL. */
    Object readField(FieldDecoder decoder) throws IOException {
        int length = readInt();
        if (length < 0) {
            return null;
        }
        require(length);
        Object value = decoder.decode(buffer, position, length);
        position += length;
        return value;
    }

    /** Reads past the trailer, so that the COPY completes rather than being cancelled. */
    void readToEnd() throws IOException {
        while (in.read(buffer, 0, buffer.length) >= 0) {
            // Nothing follows the trailer but the end of the COPY.
        }
        position = 0;
        limit = 0;
    }

    private int readInt() throws IOException {
        require(4);
        int value = (int) INT.get(buffer, position);
        position += 4;
        return value;
    }

    /** Makes at least {@code n} unread bytes available in the buffer. */
    private void require(int n) throws IOException {
        if (limit - position >= n) {
            return;
        }
        int remaining = limit - position;
        byte[] target = n > buffer.length ? new byte[Math.max(n, buffer.length * 2)] : buffer;
        System.arraycopy(buffer, position, target, 0, remaining);
        buffer = target;
        position = 0;
        limit = remaining;
        while (limit < n) {
            int read = in.read(buffer, limit, buffer.length - limit);
            if (read < 0) {
                throw new EOFException("the COPY stream ended in the middle of a row");
            }
            limit += read;
        }
    }

    /** Turns the bytes of one field into its value. */
    interface FieldDecoder {
        Object decode(byte[] bytes, int offset, int length);
    }
}

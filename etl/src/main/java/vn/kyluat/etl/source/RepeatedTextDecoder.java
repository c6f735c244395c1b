package vn.kyluat.etl.source;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import vn.kyluat.etl.source.CopyBinaryInput.FieldDecoder;

/**
 * Decodes the UTF-8 text of one column, handing back the same String for a value seen recently:
 * codes and enumerations repeat on almost every row, and one shared instance spares an allocation
 * and makes later look-ups (known organisations, enumerations) compare by identity. A column whose
 * values mostly differ (keys, titles) turns the cache off after a first sample.
 */
final class RepeatedTextDecoder implements FieldDecoder {
    private static final int SLOTS = 1 << 12;
    private static final int SAMPLE = 20_000;
    private static final int LONGEST_CACHED = 64;
    private final byte[][] bytes = new byte[SLOTS][];
    private final String[] texts = new String[SLOTS];
    private int lookups;
    private int hits;
    private boolean caching = true;

    @Override
    public Object decode(byte[] source, int offset, int length) {
        if (!caching || length > LONGEST_CACHED) {
            return new String(source, offset, length, StandardCharsets.UTF_8);
        }
        int slot = hash(source, offset, length) & (SLOTS - 1);
        byte[] cached = bytes[slot];
        boolean hit = cached != null && Arrays.equals(cached, 0, cached.length, source, offset, offset + length);
        if (++lookups == SAMPLE) {
            caching = 2 * hits >= SAMPLE;
        }
        if (hit) {
            hits++;
            return texts[slot];
        }
        String text = new String(source, offset, length, StandardCharsets.UTF_8);
        bytes[slot] = Arrays.copyOfRange(source, offset, offset + length);
        texts[slot] = text;
        return text;
    }

    private static int hash(byte[] source, int offset, int length) {
        int h = length;
        for (int i = offset; i < offset + length; i++) {
            h = 31 * h + source[i];
        }
        return h ^ (h >>> 16);
    }
}

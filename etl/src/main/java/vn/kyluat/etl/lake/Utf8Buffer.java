package vn.kyluat.etl.lake;

import org.apache.parquet.io.api.Binary;

/**
 * Encodes text as UTF-8 into one buffer reused from value to value, instead of a new array per
 * value ({@link String#getBytes}): the same bytes (an unpaired surrogate becomes '?', as there).
 * Parquet copies a reused binary before it keeps one; it only keeps them for dictionaries and
 * statistics.
 */
final class Utf8Buffer {
    private byte[] bytes = new byte[256];

    /** The text's bytes, valid until the next call. */
    Binary encode(String text) {
        int length = text.length();
        if (bytes.length < 3 * length) {
            bytes = new byte[Math.max(3 * length, 2 * bytes.length)];
        }
        int p = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes[p++] = (byte) c;
            } else if (c < 0x800) {
                bytes[p++] = (byte) (0xC0 | c >> 6);
                bytes[p++] = (byte) (0x80 | (c & 0x3F));
            } else if (!Character.isSurrogate(c)) {
                bytes[p++] = (byte) (0xE0 | c >> 12);
                bytes[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                bytes[p++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                int codePoint = Character.toCodePoint(c, text.charAt(++i));
                bytes[p++] = (byte) (0xF0 | codePoint >> 18);
                bytes[p++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
                bytes[p++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
                bytes[p++] = (byte) (0x80 | (codePoint & 0x3F));
            } else {
                bytes[p++] = '?';
            }
        }
        return Binary.fromReusedByteArray(bytes, 0, p);
    }
}

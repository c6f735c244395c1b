package vn.kyluat.etl.config;

import java.nio.charset.Charset;

/**
 * How a CSV source's files are written; null where the file itself tells (a byte-order mark, the
 * header's separators).
 *
 * @param encoding the configured {@code encoding:}, used when a file has no byte-order mark
 * @param delimiter the configured {@code delimiter:}
 */
public record CsvOptions(Charset encoding, Character delimiter) {
    public static final CsvOptions DETECTED = new CsvOptions(null, null);
}

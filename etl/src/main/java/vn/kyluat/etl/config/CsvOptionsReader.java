package vn.kyluat.etl.config;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Map;
import vn.kyluat.contract.ConfigNode;

/** Reads a CSV source's {@code encoding:} and {@code delimiter:}. */
final class CsvOptionsReader {
    private static final Map<String, Character> DELIMITERS =
            Map.of("comma", ',', ",", ',', "semicolon", ';', ";", ';', "tab", '\t', "\t", '\t');

    private CsvOptionsReader() {}

    static CsvOptions read(ConfigNode source) {
        return new CsvOptions(
                source.get("encoding").map(CsvOptionsReader::encoding).orElse(null),
                source.get("delimiter").map(CsvOptionsReader::delimiter).orElse(null));
    }

    private static Charset encoding(ConfigNode node) {
        try {
            return Charset.forName(node.text());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw node.error("unknown encoding '" + node.text() + "'; for example UTF-8, UTF-16, windows-1258");
        }
    }

    private static Character delimiter(ConfigNode node) {
        Character delimiter = DELIMITERS.get(node.text());
        if (delimiter == null) {
            throw node.error("unknown delimiter '" + node.text() + "'; expected one of [comma, semicolon, tab]");
        }
        return delimiter;
    }
}

package vn.kyluat.etl.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;

/**
 * The text of a CSV export as offices save it: a byte-order mark decides the encoding (UTF-8,
 * UTF-16 either way round); without one, the configured encoding or UTF-8. Vietnamese text comes
 * back composed (NFC): Windows-1258 writes tone marks as separate combining characters.
 */
final class CsvText {
    private static final List<Character> DELIMITERS = List.of(',', ';', '\t');

    private CsvText() {}

    /** @param configured the source's {@code encoding:}, or null for UTF-8 */
    static String read(Path file, Charset configured) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Charset charset = configured == null ? StandardCharsets.UTF_8 : configured;
        int start = 0;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            start = 3;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            start = 2;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            start = 2;
        }
        String text = decode(file, bytes, start, charset);
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw new CsvFileException(
                    file,
                    lineAt(text, nul),
                    "not a text file (it holds binary data, as a spreadsheet does); save the sheet as CSV");
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** The separator the header uses most outside quotes: comma, semicolon or tab (comma when none). */
    static char delimiter(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        int[] counts = new int[DELIMITERS.size()];
        boolean quoted = false;
        for (int at = 0; at < header.length(); at++) {
            char c = header.charAt(at);
            quoted ^= c == '"';
            int which = DELIMITERS.indexOf(c);
            if (!quoted && which >= 0) {
                counts[which]++;
            }
        }
        int best = 0;
        for (int i = 1; i < counts.length; i++) {
            best = counts[i] > counts[best] ? i : best;
        }
        return DELIMITERS.get(best);
    }

    private static String decode(Path file, byte[] bytes, int start, Charset charset) throws CsvFileException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            out.flip();
            throw new CsvFileException(
                    file,
                    lineAt(out, out.length()),
                    String.format(
                            "byte 0x%02X is not %s text; if the file was saved in another encoding, name it in the source's"
                                    + " configuration, e.g. encoding: windows-1258",
                            bytes[in.position()] & 0xFF, charset.name()));
        }
        return out.flip().toString();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static long lineAt(CharSequence text, int position) {
        return 1 + text.subSequence(0, position).chars().filter(c -> c == '\n').count();
    }
}

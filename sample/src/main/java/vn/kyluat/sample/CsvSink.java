package vn.kyluat.sample;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import vn.kyluat.contract.Relation;

/**
 * A unit that only delivers CSV exports, the way a spreadsheet saves them: {@code <relation>.csv},
 * UTF-8 with a byte-order mark, CRLF line ends, a header row with the columns in alphabetical
 * order (not the contract's), empty field = null, dates {@code dd/MM/yyyy}, timestamps ISO-8601
 * local time without offset (+07:00 implied).
 */
public final class CsvSink implements UnitSink {
    static final char BOM = '\uFEFF';
    private final Path folder;
    private final Map<Relation, Writer> writers = new EnumMap<>(Relation.class);
    private final Map<Relation, int[]> columnOrders = new EnumMap<>(Relation.class);
    private final StringBuilder line = new StringBuilder(512);

    public CsvSink(Path folder) {
        this.folder = folder;
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + folder, e);
        }
    }

    /** Column indexes (into the contract's order) in the order the file writes them. */
    static int[] fileOrder(Relation relation) {
        List<String> names = relation.columnNames();
        return IntStream.range(0, names.size())
                .boxed()
                .sorted(Comparator.comparing(names::get))
                .mapToInt(Integer::intValue)
                .toArray();
    }

    @Override
    public void write(GeneratedRow row) {
        Relation relation = row.relation();
        Object[] values = row.values();
        int[] order = columnOrders.computeIfAbsent(relation, CsvSink::fileOrder);
        line.setLength(0);
        for (int i = 0; i < order.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            appendField(values[order[i]], line);
        }
        line.append("\r\n");
        try {
            writer(relation).append(line);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file(relation), e);
        }
    }

    private Writer writer(Relation relation) throws IOException {
        Writer writer = writers.get(relation);
        if (writer == null) {
            writer = new BufferedWriter(Files.newBufferedWriter(file(relation), StandardCharsets.UTF_8), 1 << 16);
            writer.write(BOM);
            int[] order = columnOrders.computeIfAbsent(relation, CsvSink::fileOrder);
            List<String> names = relation.columnNames();
            writer.write(
                    String.join(",", IntStream.of(order).mapToObj(names::get).toList()));
            writer.write("\r\n");
            writers.put(relation, writer);
        }
        return writer;
    }

    private Path file(Relation relation) {
        return folder.resolve(relation.tableName() + ".csv");
    }

    static void appendField(Object value, StringBuilder out) {
        if (value == null) {
            return;
        }
        if (value instanceof LocalDate date) {
            ValueText.vietnameseDate(date, out);
        } else if (value instanceof Instant instant) {
            ValueText.localDateTime(instant, 'T', out);
        } else if (value instanceof PlantedBadValue malformed) {
            appendText(malformed.text(), out);
        } else {
            appendText(value.toString(), out);
        }
    }

    /** RFC 4180 quoting, also around leading or trailing spaces so no reader trims them away. */
    private static void appendText(String text, StringBuilder out) {
        boolean quote = text.isEmpty() || text.charAt(0) == ' ' || text.charAt(text.length() - 1) == ' ';
        for (int i = 0; !quote && i < text.length(); i++) {
            char c = text.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            out.append(text);
            return;
        }
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c);
            if (c == '"') {
                out.append('"');
            }
        }
        out.append('"');
    }

    @Override
    public String location() {
        return folder.toString();
    }

    @Override
    public void close() {
        try {
            for (Writer writer : writers.values()) {
                writer.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot finish the CSV files in " + folder, e);
        }
    }
}

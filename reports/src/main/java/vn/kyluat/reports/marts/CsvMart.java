package vn.kyluat.reports.marts;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.kyluat.contract.Mart;
import vn.kyluat.contract.MartCsv;

/**
 * Reads a mart's CSV export from a set's folder ({@link PublishedSet}; UTF-8, header row, comma,
 * RFC 4180 quoting, empty field = null) and checks that its header holds every column the contract
 * names for the mart.
 */
public final class CsvMart {
    /** The dialect analytics writes ({@link MartCsv}), the first record a header. */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setDelimiter(MartCsv.DELIMITER)
            .setQuote(MartCsv.QUOTE)
            .setRecordSeparator(MartCsv.LINE_END)
            .setHeader()
            .setSkipHeaderRecord(true)
            .get();

    private CsvMart() {}

    public static Path path(String setDir, Mart mart) {
        return Path.of(mart.csvPath(setDir));
    }

    /** The mart's rows, each a map from column name to value (null for an empty field). */
    public static List<MartRow> read(String setDir, Mart mart) {
        List<MartRow> rows = new ArrayList<>();
        each(setDir, mart, rows::add);
        return rows;
    }

    /** Hands each row to {@code sink} as it is read: a big mart (the task facts) is filtered without being held. */
    public static void each(String setDir, Mart mart, Consumer<MartRow> sink) {
        Path file = path(setDir, mart);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = FORMAT.parse(reader)) {
            Map<String, Integer> header = parser.getHeaderMap();
            List<String> columns = mart.columns();
            List<String> missing =
                    columns.stream().filter(c -> indexOf(header, c) < 0).toList();
            if (!missing.isEmpty()) {
                throw new MartException(file + ": missing columns " + missing + " of mart " + mart.martName());
            }
            Map<String, Integer> positions = new HashMap<>();
            columns.forEach(c -> positions.put(c, indexOf(header, c)));
            for (CSVRecord record : parser) {
                if (!record.isConsistent()) {
                    throw new MartException(file + ":" + (record.getRecordNumber() + 1) + ": wrong number of fields");
                }
                sink.accept(MartRow.of(positions, record));
            }
        } catch (java.nio.file.NoSuchFileException e) {
            throw new MartException(file + ": no such mart export (run the analytics stage first)");
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot be read", e);
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            throw new MartException(file + ": not valid CSV: " + e.getMessage());
        }
    }

    /** Whether the export exists; optional marts (rejects, data quality) may be absent. */
    public static boolean exists(String setDir, Mart mart) {
        return Files.isRegularFile(path(setDir, mart));
    }

    /** The column's position in the header (a byte-order mark before the first name allowed); -1 when absent. */
    private static int indexOf(Map<String, Integer> header, String column) {
        Integer index = header.containsKey(column) ? header.get(column) : header.get("\uFEFF" + column);
        return index == null ? -1 : index;
    }
}

package vn.kyluat.etl.source;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.kyluat.contract.Relation;
import vn.kyluat.etl.config.CsvOptions;

/**
 * A {@code <relation>.csv} export: its encoding and delimiter detected or configured ({@link
 * CsvText}), a header naming the contract's columns in any order ({@link CsvHeader}), empty field =
 * null.
 */
public final class CsvRelationFile {
    private CsvRelationFile() {}

    public static Path of(Path folder, Relation relation) {
        return folder.resolve(relation.tableName() + ".csv");
    }

    /**
     * Every record of the file, fields in the contract's column order.
     *
     * @throws CsvFileException a file that is not text, or whose header does not fit the relation
     */
    public static List<SourceRow> read(Path file, Relation relation, CsvOptions options) throws IOException {
        String text = CsvText.read(file, options.encoding());
        char delimiter = options.delimiter() == null ? CsvText.delimiter(text) : options.delimiter();
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .get();
        try (CSVParser parser = CSVParser.builder()
                .setReader(new StringReader(text))
                .setFormat(format)
                .get()) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new CsvFileException(
                        file,
                        1,
                        "the file is empty; it needs at least a header naming the columns of " + relation.tableName());
            }
            int[] positions = CsvHeader.positions(file, parser.getCurrentLineNumber(), records.next(), relation);
            List<SourceRow> rows = new ArrayList<>();
            while (records.hasNext()) {
                rows.add(row(records.next(), positions));
            }
            return rows;
        }
    }

    private static SourceRow row(CSVRecord record, int[] positions) {
        Object[] raw = new Object[positions.length];
        for (int i = 0; i < positions.length; i++) {
            String field = positions[i] < 0 || positions[i] >= record.size() ? null : record.get(positions[i]);
            raw[i] = field == null || field.isEmpty() ? null : field;
        }
        return new SourceRow(raw);
    }
}

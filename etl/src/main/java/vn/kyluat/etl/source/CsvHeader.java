package vn.kyluat.etl.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVRecord;
import vn.kyluat.contract.Column;
import vn.kyluat.contract.Relation;

/**
 * The header of a CSV export: the contract's column names in any order, any case. A name the
 * relation does not know (most often a misspelt one), a name given twice, or a required column
 * missing is an error for the whole file, all of them named at once.
 */
final class CsvHeader {
    private CsvHeader() {}

    /** The header's index of each contract column (-1 where an optional column is absent). */
    static int[] positions(Path file, long line, CSVRecord header, Relation relation) throws CsvFileException {
        List<String> names = relation.columnNames();
        int[] positions = new int[names.size()];
        Arrays.fill(positions, -1);
        List<String> problems = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).trim().toLowerCase(Locale.ROOT);
            int column = names.indexOf(name);
            if (name.isEmpty()) {
                continue; // a spreadsheet's trailing empty columns
            }
            if (column < 0) {
                unknown.add("'" + header.get(i).trim() + "'");
            } else if (positions[column] >= 0) {
                problems.add("column '" + name + "' is given twice (columns " + (positions[column] + 1) + " and "
                        + (i + 1) + ")");
            } else {
                positions[column] = i;
            }
        }
        if (!unknown.isEmpty()) {
            problems.add(0, "unknown column " + String.join(", ", unknown));
        }
        List<String> missing = relation.columns().stream()
                .filter(c -> c.required() && positions[names.indexOf(c.name())] < 0)
                .map(Column::name)
                .toList();
        if (!missing.isEmpty()) {
            problems.add("missing required column " + String.join(", ", missing));
        }
        if (!problems.isEmpty()) {
            throw new CsvFileException(
                    file,
                    line,
                    String.join("; ", problems) + ". The columns of " + relation.tableName()
                            + " are " + String.join(", ", names) + " (required: "
                            + String.join(
                                    ", ",
                                    relation.columns().stream()
                                            .filter(Column::required)
                                            .map(Column::name)
                                            .toList())
                            + ")");
        }
        return positions;
    }
}

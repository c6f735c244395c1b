package vn.kyluat.etl.lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.kyluat.contract.LakeLayout;

/**
 * The rejected records of one run, for a data officer without Spark: every part of
 * {@code _rejects/<run-id>/} gathered into {@code _rejects/<run-id>/rejects.csv}, and the first few
 * of each rule for the run's summary. Read one part at a time, so that a source whose every row is
 * rejected costs no more memory than one chunk.
 */
public record RunRejects(Path folder) {
    private static final int SOURCE = 1;
    private static final int RELATION = 2;
    private static final int KEY = 3;
    private static final int RULE = 4;
    private static final int DETAIL = 5;

    public static RunRejects of(Path lakeRoot, String runId) {
        return new RunRejects(lakeRoot.resolve(LakeLayout.REJECTS_DIR).resolve(runId));
    }

    /** {@code rejects.csv}: UTF-8 with a byte-order mark, so that spreadsheets show Vietnamese. */
    public Path csv() {
        return folder.resolve("rejects.csv");
    }

    public boolean any() {
        return !parts().isEmpty();
    }

    /** Writes the CSV whole beside itself, then moves it in place. */
    public void writeCsv() {
        Path temp = csv().resolveSibling("rejects.csv" + ParquetFiles.TEMP_SUFFIX);
        try {
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
                    CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
                out.write('\uFEFF');
                csv.printRecord(LakeLayout.REJECT_COLUMNS);
                forEach(row -> {
                    try {
                        csv.printRecord(Arrays.stream(row)
                                .map(v -> v == null ? "" : v.toString())
                                .toList());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            Files.move(temp, csv(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalStateException("cannot write " + csv() + ": " + e.getMessage(), e);
        }
    }

    /** The first {@code n} rejects of each source, relation and rule, as "key: detail", keyed "source relation rule". */
    public Map<String, List<String>> firstOfEachRule(int n) {
        Map<String, List<String>> first = new LinkedHashMap<>();
        forEach(row -> {
            List<String> details = first.computeIfAbsent(
                    text(row, SOURCE) + " " + text(row, RELATION) + " " + text(row, RULE), k -> new ArrayList<>());
            if (details.size() < n) {
                details.add(text(row, KEY) + ": " + text(row, DETAIL));
            }
        });
        return first;
    }

    /** Every reject ({@link LakeLayout#REJECT_COLUMNS}) by source, relation, then as the reader delivered them. */
    private void forEach(Consumer<Object[]> action) {
        for (Path part : parts()) {
            ParquetFiles.read(part).forEach(action);
        }
    }

    private List<Path> parts() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".parquet"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the rejects in " + folder, e);
        }
    }

    private static String text(Object[] row, int column) {
        return row[column] == null ? "" : row[column].toString();
    }
}

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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.kyluat.contract.LakeLayout;

/**
 * The rejected records of one run, for a data officer without Spark: every part of
 * {@code _rejects/<run-id>/} gathered into {@code _rejects/<run-id>/rejects.csv}, and the first few
 * of each rule for the run's summary.
 *
 * @param rows {@link LakeLayout#REJECT_COLUMNS}, by source, relation, rule and record key
 */
public record RunRejects(Path folder, List<Object[]> rows) {
  private static final int SOURCE = 1;
  private static final int RELATION = 2;
  private static final int KEY = 3;
  private static final int RULE = 4;
  private static final int DETAIL = 5;

  public static RunRejects read(Path lakeRoot, String runId) {
    Path folder = lakeRoot.resolve(LakeLayout.REJECTS_DIR).resolve(runId);
    if (!Files.isDirectory(folder)) {
      return new RunRejects(folder, List.of());
    }
    try (Stream<Path> files = Files.walk(folder)) {
      List<Object[]> rows = files.filter(f -> f.getFileName().toString().endsWith(".parquet"))
          .flatMap(part -> ParquetFiles.read(part).stream())
          .sorted(Comparator.comparing((Object[] r) -> text(r, SOURCE)).thenComparing(r -> text(r, RELATION))
              .thenComparing(r -> text(r, RULE)).thenComparing(r -> text(r, KEY)))
          .toList();
      return new RunRejects(folder, rows);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the rejects in " + folder, e);
    }
  }

  /** {@code rejects.csv}: UTF-8 with a byte-order mark, so that spreadsheets show Vietnamese; written whole, then moved in place. */
  public Path csv() {
    return folder.resolve("rejects.csv");
  }

  public void writeCsv() {
    Path temp = csv().resolveSibling("rejects.csv" + ParquetFiles.TEMP_SUFFIX);
    try {
      Files.createDirectories(folder);
      try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
          CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
        out.write('\uFEFF');
        csv.printRecord(LakeLayout.REJECT_COLUMNS);
        for (Object[] row : rows) {
          csv.printRecord(Arrays.stream(row).map(v -> v == null ? "" : v.toString()).toList());
        }
      }
      Files.move(temp, csv(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + csv(), e);
    }
  }

  /** The first {@code n} rejects of each source, relation and rule, as "key: detail", keyed "source relation rule". */
  public Map<String, List<String>> firstOfEachRule(int n) {
    Map<String, List<String>> first = new LinkedHashMap<>();
    for (Object[] row : rows) {
      List<String> details = first.computeIfAbsent(
          text(row, SOURCE) + " " + text(row, RELATION) + " " + text(row, RULE), k -> new ArrayList<>());
      if (details.size() < n) {
        details.add(text(row, KEY) + ": " + text(row, DETAIL));
      }
    }
    return first;
  }

  private static String text(Object[] row, int column) {
    return row[column] == null ? "" : row[column].toString();
  }
}

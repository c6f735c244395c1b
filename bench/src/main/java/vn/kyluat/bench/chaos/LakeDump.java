package vn.kyluat.bench.chaos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import vn.kyluat.contract.Relation;
import vn.kyluat.etl.lake.ParquetFiles;
import vn.kyluat.etl.lake.RelationDataset;

/**
 * A deterministic summary of a lake's published datasets that two lakes can be compared by: for each
 * relation and source, a 64-bit digest of every current row (all fields), sorted. Part files, run ids
 * and versions do not enter it, so a killed and restarted run compares equal to an uninterrupted one
 * exactly when they published the same rows.
 */
public record LakeDump(Map<String, long[]> rowsByDataset) {

    public static LakeDump of(Path lake) {
        Map<String, long[]> datasets = new TreeMap<>();
        for (Relation relation : Relation.values()) {
            Path dir = lake.resolve(relation.tableName());
            if (!Files.isDirectory(dir)) {
                continue;
            }
            for (String source : sources(dir)) {
                RelationDataset dataset = new RelationDataset(lake, relation, source);
                dataset.current()
                        .ifPresent(
                                v -> datasets.put(relation.tableName() + "/" + source, digests(dataset, v.version())));
            }
        }
        return new LakeDump(datasets);
    }

    /** What comparing this lake (the uninterrupted one) with another found. */
    public record Comparison(long rowsCompared, long rowsLost, long rowsExtra) {
        public boolean identical() {
            return rowsLost == 0 && rowsExtra == 0;
        }
    }

    /** Rows of this dump missing from {@code other} (lost) and rows {@code other} has beyond them (extra). */
    public Comparison compare(LakeDump other) {
        long compared = 0;
        long lost = 0;
        long extra = 0;
        for (String dataset : union(other)) {
            long[] mine = rowsByDataset.getOrDefault(dataset, new long[0]);
            long[] theirs = other.rowsByDataset.getOrDefault(dataset, new long[0]);
            compared += mine.length;
            int i = 0;
            int j = 0;
            while (i < mine.length || j < theirs.length) {
                if (j == theirs.length || (i < mine.length && mine[i] < theirs[j])) {
                    lost++;
                    i++;
                } else if (i == mine.length || theirs[j] < mine[i]) {
                    extra++;
                    j++;
                } else {
                    i++;
                    j++;
                }
            }
        }
        return new Comparison(compared, lost, extra);
    }

    private Set<String> union(LakeDump other) {
        Set<String> names = new TreeSet<>(rowsByDataset.keySet());
        names.addAll(other.rowsByDataset.keySet());
        return names;
    }

    private static String[] sources(Path relationDir) {
        try (var entries = Files.list(relationDir)) {
            return entries.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("source="))
                    .map(n -> n.substring("source=".length()))
                    .sorted()
                    .toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long[] digests(RelationDataset dataset, String version) {
        MessageDigest sha = sha256();
        long[] rows = new long[1024];
        int count = 0;
        for (Path part : dataset.parts(version)) {
            for (Object[] row : ParquetFiles.read(part)) {
                if (count == rows.length) {
                    rows = Arrays.copyOf(rows, rows.length * 2);
                }
                rows[count++] = ByteBuffer.wrap(
                                sha.digest(Arrays.deepToString(row).getBytes(StandardCharsets.UTF_8)))
                        .getLong();
            }
        }
        rows = Arrays.copyOf(rows, count);
        Arrays.sort(rows);
        return rows;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

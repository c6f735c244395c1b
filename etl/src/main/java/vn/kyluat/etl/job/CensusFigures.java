package vn.kyluat.etl.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import vn.kyluat.contract.CurrentVersion;
import vn.kyluat.etl.lake.ParquetFiles;
import vn.kyluat.etl.lake.RelationDataset;
import vn.kyluat.etl.source.KeyBuckets;

/**
 * What the source's database held, per key bucket, when the census that published a version took
 * it: kept beside that version ({@code v-<run>/_key_census}, which Spark and the lake's readers skip as
 * they skip every name starting with an underscore), and valid only while that version is published
 * as it was then (same pointer: version, run, watermark, rows). Any other publication (a run with the
 * census off, a whole reload) leaves the new version without figures, so the next census reads every key.
 *
 * @param pointer the published version these figures go with
 * @param figures per bucket: the database's rows with a key, and the sum of their key checksums
 */
record CensusFigures(CurrentVersion pointer, KeyBuckets buckets, Map<Long, KeyBuckets.Figures> figures) {
    static final String FILE = "_key_census";

    /** The figures kept beside the published version, if it has valid ones. */
    static Optional<CensusFigures> of(RelationDataset dataset) {
        Optional<CurrentVersion> current = dataset.current();
        if (current.isEmpty()) {
            return Optional.empty();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file(dataset, current.get()), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the key census figures of " + dataset.dir(), e);
        }
        if (lines.size() < 2 || !lines.get(0).equals(header(current.get()))) {
            return Optional.empty();
        }
        Map<Long, KeyBuckets.Figures> figures = new TreeMap<>();
        for (String line : lines.subList(2, lines.size())) {
            String[] f = line.split(" ");
            figures.put(Long.parseLong(f[0]), new KeyBuckets.Figures(Long.parseLong(f[1]), new BigDecimal(f[2])));
        }
        return Optional.of(new CensusFigures(current.get(), KeyBuckets.parse(lines.get(1)), figures));
    }

    /** Writes these figures beside the version they go with, whole beside itself, then moved in place. */
    void write(RelationDataset dataset) {
        StringBuilder text = new StringBuilder(header(pointer))
                .append('\n')
                .append(buckets.format())
                .append('\n');
        new TreeMap<>(figures)
                .forEach((bucket, f) -> text.append(bucket)
                        .append(' ')
                        .append(f.rows())
                        .append(' ')
                        .append(f.checksum().toPlainString())
                        .append('\n'));
        Path file = file(dataset, pointer);
        Path temp = file.resolveSibling(FILE + ParquetFiles.TEMP_SUFFIX);
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Figures a census took, to be kept beside the version its run publishes. */
    record Pending(KeyBuckets buckets, Map<Long, KeyBuckets.Figures> figures) {
        /** These figures with the rows of these keys too (keys Java cannot bucket are left out). */
        Pending expecting(Collection<Object> keys) {
            if (keys.isEmpty()) {
                return this;
            }
            Map<Long, KeyBuckets.Figures> more = new HashMap<>(figures);
            add(buckets, more, keys);
            return new Pending(buckets, more);
        }

        /** Keeps them beside the version now published. */
        void keepFor(RelationDataset dataset) {
            new CensusFigures(dataset.current().orElseThrow(), buckets, figures).write(dataset);
        }
    }

    /** Adds a row of each key to its bucket's figures (keys Java cannot bucket are left out). */
    static void add(KeyBuckets buckets, Map<Long, KeyBuckets.Figures> figures, Collection<Object> keys) {
        change(buckets, figures, keys, 1);
    }

    /** Takes a row of each key out of its bucket's figures (keys Java cannot bucket are left out). */
    static void remove(KeyBuckets buckets, Map<Long, KeyBuckets.Figures> figures, Collection<Object> keys) {
        change(buckets, figures, keys, -1);
    }

    private static void change(
            KeyBuckets buckets, Map<Long, KeyBuckets.Figures> figures, Collection<Object> keys, int rows) {
        for (Object key : keys) {
            OptionalLong bucket = buckets.bucketOf(key);
            if (bucket.isPresent()) {
                BigDecimal checksum = BigDecimal.valueOf(buckets.checksum(key).getAsLong());
                KeyBuckets.Figures row = new KeyBuckets.Figures(rows, rows < 0 ? checksum.negate() : checksum);
                figures.merge(bucket.getAsLong(), row, KeyBuckets.Figures::plus);
            }
        }
    }

    private static Path file(RelationDataset dataset, CurrentVersion version) {
        return dataset.versionDir(version.version()).resolve(FILE);
    }

    private static String header(CurrentVersion pointer) {
        return "for " + pointer.format().replace('\n', ' ').trim();
    }
}

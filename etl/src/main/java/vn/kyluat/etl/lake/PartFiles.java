package vn.kyluat.etl.lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Names of part files. A chunk's part is named by the run and the committed offset of its first
 * row ({@code part-<run>-c<offset>.parquet}), so a restart knows which parts belong to uncommitted
 * chunks; parts rewritten at publish are {@code part-<run>-m<n>.parquet}; parts linked from an
 * earlier version keep their names, which are unique because run ids are.
 */
public final class PartFiles {
    private static final String PARQUET = ".parquet";

    private PartFiles() {}

    public static String chunkPart(String runId, long offset) {
        return "part-" + runId + "-c" + String.format("%012d", offset) + PARQUET;
    }

    public static String mergedPart(String runId, int index) {
        return "part-" + runId + "-m" + String.format("%05d", index) + PARQUET;
    }

    /** The offset of a chunk part of this run, or -1 when the file is not one. */
    public static long chunkOffset(String runId, String fileName) {
        String prefix = "part-" + runId + "-c";
        if (!fileName.startsWith(prefix) || !fileName.endsWith(PARQUET)) {
            return -1;
        }
        return Long.parseLong(fileName.substring(prefix.length(), fileName.length() - PARQUET.length()));
    }

    public static List<Path> parquetParts(Path dir) {
        return list(dir, p -> p.getFileName().toString().endsWith(PARQUET));
    }

    /**
     * Makes a folder hold only the committed chunk parts of a run: removes half-written files and
     * parts of chunks at or beyond the committed offset (written, then rolled back).
     */
    public static void keepCommittedChunks(Path dir, String runId, long committedOffset) {
        for (Path file : list(dir, p -> true)) {
            String name = file.getFileName().toString();
            if (name.endsWith(ParquetFiles.TEMP_SUFFIX) || chunkOffset(runId, name) >= committedOffset) {
                delete(file);
            }
        }
    }

    /** The sub-folders of a folder (none when it does not exist). */
    public static List<Path> directories(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    static List<Path> list(Path dir, Predicate<Path> filter) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).filter(filter).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file, e);
        }
    }

    public static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(PartFiles::delete);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }

    /** A hard link to an unchanged part (a copy where links are not supported). */
    static void link(Path existing, Path link) {
        try {
            Files.createDirectories(link.getParent());
            try {
                Files.createLink(link, existing);
            } catch (UnsupportedOperationException | IOException e) {
                Files.copy(existing, link);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot link " + existing + " to " + link, e);
        }
    }

    static boolean sameBytes(List<Path> a, List<Path> b) {
        if (a.size() != b.size()) {
            return false;
        }
        try {
            for (int i = 0; i < a.size(); i++) {
                if (Files.mismatch(a.get(i), b.get(i)) != -1) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

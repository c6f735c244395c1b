package vn.kyluat.analytics.lake;

import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;

/**
 * The few file operations the stage needs, through Hadoop's FileSystem API so that the lake and the
 * marts may be local folders, {@code file:}, {@code hdfs:} or {@code s3a:} URIs alike. Locations
 * are strings; a plain path means the local file system, whatever the cluster's default is.
 */
public final class HadoopFiles {
    private final Configuration conf;

    public HadoopFiles(Configuration conf) {
        this.conf = conf;
    }

    public Configuration configuration() {
        return conf;
    }

    /**
     * A location with its scheme made explicit: a plain path becomes a {@code file:} URI, absolute and
     * without a trailing slash (even when the folder exists), so that paths joined to it stay clean.
     */
    public static String qualify(String location) {
        URI uri = new Path(location).toUri();
        return uri.getScheme() != null
                ? location
                : new Path(
                                "file",
                                null,
                                java.nio.file.Path.of(location)
                                        .toAbsolutePath()
                                        .normalize()
                                        .toString())
                        .toString();
    }

    /** Names of the sub-folders of {@code dir}, sorted; none when it does not exist. */
    public List<String> folders(String dir) {
        return list(dir).stream()
                .filter(FileStatus::isDirectory)
                .map(s -> s.getPath().getName())
                .sorted()
                .toList();
    }

    /** Names of the files in {@code dir}, sorted; none when it does not exist. */
    public List<String> files(String dir) {
        return list(dir).stream()
                .filter(FileStatus::isFile)
                .map(s -> s.getPath().getName())
                .sorted()
                .toList();
    }

    public boolean exists(String location) {
        try {
            return fileSystem(location).exists(new Path(location));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look at " + location, e);
        }
    }

    /** Whether {@code location} is a folder (not a file, not missing). */
    public boolean isFolder(String location) {
        try {
            return fileSystem(location).getFileStatus(new Path(location)).isDirectory();
        } catch (FileNotFoundException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look at " + location, e);
        }
    }

    /** The whole content of a small UTF-8 file, empty when it does not exist. */
    public Optional<String> readText(String file) {
        try (InputStream in = fileSystem(file).open(new Path(file))) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            return Optional.of(bytes.toString(StandardCharsets.UTF_8));
        } catch (FileNotFoundException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Copies the bytes of {@code file} to {@code out}. */
    public void copy(String file, OutputStream out) {
        try (InputStream in = fileSystem(file).open(new Path(file))) {
            in.transferTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + file, e);
        }
    }

    /** Creates (or overwrites) a file; on the local file system without a {@code .crc} beside it. */
    public OutputStream create(String file) {
        try {
            FileSystem fs = fileSystem(file);
            fs.setWriteChecksum(false);
            return fs.create(new Path(file), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + file, e);
        }
    }

    /** Moves a file or folder; {@code target} must not exist. */
    public void move(String source, String target) {
        try {
            if (!fileSystem(source).rename(new Path(source), new Path(target))) {
                throw new IOException("rename returned false");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + source + " to " + target, e);
        }
    }

    /** Writes a small UTF-8 file whole (created or overwritten). */
    public void writeText(String file, String text) {
        try (OutputStream out = create(file)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Creates a folder and its parents. */
    public void mkdirs(String dir) {
        try {
            if (!fileSystem(dir).mkdirs(new Path(dir))) {
                throw new IOException("mkdirs returned false");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }

    /**
     * Moves a file over another in one step, so that readers see the old file or the new one: on the
     * local file system with rename(2) (Hadoop's local file system does not promise it atomic there),
     * elsewhere with FileContext's rename with overwrite (one namenode operation on HDFS).
     */
    public void replaceFile(String source, String target) {
        try {
            URI targetUri = new Path(target).toUri();
            if ("file".equals(targetUri.getScheme())) {
                Files.move(
                        java.nio.file.Path.of(new Path(source).toUri()),
                        java.nio.file.Path.of(targetUri),
                        StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } else {
                FileContext.getFileContext(targetUri, conf)
                        .rename(new Path(source), new Path(target), Options.Rename.OVERWRITE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + source + " over " + target, e);
        }
    }

    public void delete(String location) {
        try {
            fileSystem(location).delete(new Path(location), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + location, e);
        }
    }

    private List<FileStatus> list(String dir) {
        try {
            return Arrays.stream(fileSystem(dir).listStatus(new Path(dir)))
                    .sorted(Comparator.comparing(FileStatus::getPath))
                    .toList();
        } catch (FileNotFoundException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private FileSystem fileSystem(String location) throws IOException {
        return new Path(location).getFileSystem(conf);
    }
}

package vn.kyluat.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.MessageType;
import vn.kyluat.contract.Mart;

/**
 * The Parquet files of one mart, read through Hadoop's FileSystem API so that the marts may be a
 * local folder or any Hadoop URI the analytics wrote ({@code hdfs://}, {@code s3a://}, {@code file:}).
 * Hive-style folders ({@code quarter=2024Q3/}) give the partition columns' values.
 */
record MartDataset(Mart mart, String folder, List<MartFile> files) {

    /** One Parquet file and the values of the partition columns its folders name. */
    record MartFile(Path path, Map<String, String> partition) {}

    /** The mart's files in the published set {@code setDir} ({@link MartLocation#publishedSet}). */
    static MartDataset list(Configuration conf, String setDir, Mart mart) {
        String folder = mart.datasetPath(setDir);
        Path root = new Path(folder);
        List<MartFile> files = new ArrayList<>();
        try {
            FileSystem fs = root.getFileSystem(conf);
            if (!fs.exists(root)) {
                throw new IllegalStateException("the mart " + mart.martName() + " is missing at " + folder
                        + ": run the analysis (./ops analyze) first");
            }
            String prefix = fs.makeQualified(root).toUri().getPath();
            RemoteIterator<LocatedFileStatus> found = fs.listFiles(root, true);
            while (found.hasNext()) {
                Path file = found.next().getPath();
                String relative = file.toUri().getPath().substring(prefix.length());
                if (file.getName().endsWith(".parquet") && !hidden(relative)) {
                    files.add(new MartFile(file, partition(relative)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the mart " + mart.martName() + " at " + folder, e);
        }
        files.sort(Comparator.comparing(f -> f.path().toString()));
        if (files.isEmpty()) {
            throw new IllegalStateException("the mart " + mart.martName() + " at " + folder + " holds no Parquet file");
        }
        return new MartDataset(mart, folder, List.copyOf(files));
    }

    /** The schema of the files' content (without partition columns), from the first file's footer. */
    MessageType fileSchema(Configuration conf) {
        try (ParquetFileReader reader =
                ParquetFileReader.open(HadoopInputFile.fromPath(files.get(0).path(), conf))) {
            return reader.getFooter().getFileMetaData().getSchema();
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot read the footer of " + files.get(0).path(), e);
        }
    }

    /** The partition column names, in folder order, of the files that have them. */
    List<String> partitionColumns() {
        return files.stream()
                .map(f -> List.copyOf(f.partition().keySet()))
                .filter(k -> !k.isEmpty())
                .findFirst()
                .orElse(List.of());
    }

    /** Files and folders whose name starts with {@code _} or {@code .} are Spark's and Hadoop's bookkeeping. */
    private static boolean hidden(String relative) {
        for (String part : relative.split("/")) {
            if (part.startsWith("_") || part.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, String> partition(String relative) {
        Map<String, String> values = new LinkedHashMap<>();
        String[] parts = relative.split("/");
        for (int i = 0; i < parts.length - 1; i++) {
            int equals = parts[i].indexOf('=');
            if (equals > 0) {
                values.put(parts[i].substring(0, equals), unescape(parts[i].substring(equals + 1)));
            }
        }
        return values;
    }

    /** Spark escapes special characters in partition folder names as {@code %XX}. */
    private static String unescape(String value) {
        return java.net.URLDecoder.decode(value.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    }
}

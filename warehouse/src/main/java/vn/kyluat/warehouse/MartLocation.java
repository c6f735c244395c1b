package vn.kyluat.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import vn.kyluat.contract.MartsLayout;
import vn.kyluat.contract.MartsLayout.Pointer;

/**
 * Where the warehouse finds the marts: the set the marts' {@code _current} pointer names, read once
 * per load through Hadoop's FileSystem API, so that every table of one load comes from the same
 * analysis even when another analysis publishes meanwhile. Public for the warehouse benchmark (bench/),
 * which reads the CSV exports of the set it loaded.
 */
public final class MartLocation {
    private MartLocation() {}

    /** The folder of the published set; {@link vn.kyluat.contract.Mart#datasetPath} applies under it. */
    public static String publishedSet(Configuration conf, String martsRoot) {
        Path pointer = new Path(MartsLayout.pointer(martsRoot));
        try {
            FileSystem fs = pointer.getFileSystem(conf);
            if (!fs.exists(pointer)) {
                throw new IllegalStateException("no published marts at " + martsRoot + " (no "
                        + MartsLayout.CURRENT_POINTER + "): run the analysis (./ops analyze) first");
            }
            String text;
            try (InputStream in = fs.open(pointer)) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String set = Pointer.parse(text).setDir(martsRoot);
            if (!fs.exists(new Path(set))) {
                throw new IllegalStateException(
                        pointer + " names " + set + ", which is not there: run the analysis again");
            }
            return set;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the marts pointer " + pointer, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(pointer + ": " + e.getMessage() + ": run the analysis again");
        }
    }
}

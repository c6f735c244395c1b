package vn.kyluat.contract;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

/**
 * Where the marts live, as paths joined with {@code /} under a root that may be a local folder or
 * any Hadoop file-system URI. One analysis publishes all its marts together as one set; the small
 * {@code _current} pointer names the published set and the one before it.
 *
 * <pre>
 * marts/
 *   _current                                   set=&lt;set id&gt;, previous=&lt;set id&gt; ({@link Pointer})
 *   _sets/&lt;set id&gt;/&lt;mart&gt;/quarter=…/*.parquet   {@link Mart#datasetPath(String)} under the set folder
 *   _sets/&lt;set id&gt;/csv/&lt;mart&gt;.csv             {@link Mart#csvPath(String)} under the set folder
 * </pre>
 *
 * A reader reads {@code _current} once and then only the set it names: it never sees marts of two
 * analyses mixed, nor a set still being written. The previous set is kept for readers that resolved
 * the pointer just before it moved; older sets, and sets of killed runs, are removed by the next
 * publication.
 */
public final class MartsLayout {
    public static final String CURRENT_POINTER = "_current";
    public static final String SETS_DIR = "_sets";

    private static final DateTimeFormatter SET_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private MartsLayout() {}

    public static String pointer(String martsRoot) {
        return martsRoot + "/" + CURRENT_POINTER;
    }

    public static String setsDir(String martsRoot) {
        return martsRoot + "/" + SETS_DIR;
    }

    /** The folder of one set: the root under which {@link Mart#datasetPath} and {@link Mart#csvPath} apply. */
    public static String setDir(String martsRoot, String setId) {
        return setsDir(martsRoot) + "/" + setId;
    }

    /** A new set's id: when it was started (UTC, so sets list in order) and a random suffix. */
    public static String newSetId(Instant startedAt) {
        return SET_TIME.format(startedAt) + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The content of {@code _current}: the published set and the one it replaced (none for the first). */
    public record Pointer(String set, Optional<String> previous) {

        public static Pointer parse(String text) {
            Properties p = new Properties();
            try {
                p.load(new StringReader(text));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String set = p.getProperty("set", "");
            if (set.isBlank()) {
                throw new IllegalArgumentException("the marts pointer names no set: '" + text.strip() + "'");
            }
            return new Pointer(
                    set, Optional.ofNullable(p.getProperty("previous")).filter(s -> !s.isBlank()));
        }

        /** The folder of the set this pointer names, under {@code martsRoot}. */
        public String setDir(String martsRoot) {
            return MartsLayout.setDir(martsRoot, set);
        }

        /** The pointer that publishes {@code set} after this one. */
        public Pointer next(String set) {
            return new Pointer(set, Optional.of(this.set));
        }

        public String format() {
            return "set=" + set + "\n"
                    + previous.map(p -> "previous=" + p + "\n").orElse("");
        }
    }
}

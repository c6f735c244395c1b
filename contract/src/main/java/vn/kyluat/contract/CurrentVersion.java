package vn.kyluat.contract;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The content of a {@code _current} pointer: which version folder of a source's relation is
 * published, the run that published it, the watermark it is complete up to (empty for relations
 * reloaded whole) and its row count. Replacing this small file atomically publishes a version.
 */
public record CurrentVersion(String version, String runId, String watermark, long rows) {

    public static CurrentVersion parse(String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String version = p.getProperty("version");
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("pointer names no version: " + text);
        }
        String watermark = p.getProperty("watermark", "");
        return new CurrentVersion(
                version,
                p.getProperty("run_id", ""),
                watermark.isEmpty() ? null : watermark,
                Long.parseLong(p.getProperty("rows", "0")));
    }

    public String format() {
        Properties p = new Properties();
        p.setProperty("version", version);
        p.setProperty("run_id", runId);
        p.setProperty("watermark", watermark == null ? "" : watermark);
        p.setProperty("rows", Long.toString(rows));
        StringWriter out = new StringWriter();
        try {
            p.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Properties.store writes a date comment first; drop it so that an unchanged version is byte-identical.
        return out.toString().lines().filter(l -> !l.startsWith("#")).sorted().reduce("", (a, l) -> a + l + "\n");
    }
}

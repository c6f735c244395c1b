package vn.kyluat.etl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of the build, as Maven wrote it into {@code kyluat-etl.properties}. */
final class EtlVersion {
    private EtlVersion() {}

    static String get() {
        try (InputStream in = EtlVersion.class.getResourceAsStream("/kyluat-etl.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

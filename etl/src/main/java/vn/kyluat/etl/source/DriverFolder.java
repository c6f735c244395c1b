package vn.kyluat.etl.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * JDBC drivers a user adds without a rebuild (SQL Server, Oracle...): every jar in the drivers
 * folder is loaded and the drivers it declares are registered. DriverManager only hands out drivers
 * its caller's class loader can see, so each one is registered through a wrapper that it can.
 */
public final class DriverFolder {
    /** The environment variable naming the folder; {@code ops} sets it to the repository's {@code drivers/}. */
    public static final String VARIABLE = "KYLUAT_DRIVERS";

    private DriverFolder() {}

    /** Loads the folder the environment names; nothing when it names none or the folder does not exist. */
    public static List<String> loadConfigured() {
        String folder = System.getenv(VARIABLE);
        return folder == null || folder.isBlank() ? List.of() : load(Path.of(folder));
    }

    /** Registers the drivers of every jar in the folder; returns their class names. */
    public static List<String> load(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        URLClassLoader loader = new URLClassLoader(jars(folder), DriverFolder.class.getClassLoader());
        List<String> loaded = new ArrayList<>();
        try {
            for (Driver driver : ServiceLoader.load(Driver.class, loader)) {
                if (driver.getClass().getClassLoader() == loader) {
                    register(driver);
                    loaded.add(driver.getClass().getName());
                }
            }
        } catch (ServiceConfigurationError e) {
            throw new IllegalStateException(
                    "a jar in the drivers folder " + folder + " cannot be loaded: " + e.getMessage(), e);
        }
        return loaded;
    }

    private static URL[] jars(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar"))
                    .sorted()
                    .map(DriverFolder::url)
                    .toArray(URL[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the drivers folder " + folder, e);
        }
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(jar.toString(), e);
        }
    }

    private static void register(Driver driver) {
        try {
            DriverManager.registerDriver(new Loaded(driver));
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "cannot register the JDBC driver " + driver.getClass().getName(), e);
        }
    }

    /** A driver from the folder, as DriverManager's callers may use it. */
    private record Loaded(Driver driver) implements Driver {
        @Override
        public Connection connect(String url, Properties info) throws SQLException {
            return driver.connect(url, info);
        }

        @Override
        public boolean acceptsURL(String url) throws SQLException {
            return driver.acceptsURL(url);
        }

        @Override
        public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
            return driver.getPropertyInfo(url, info);
        }

        @Override
        public int getMajorVersion() {
            return driver.getMajorVersion();
        }

        @Override
        public int getMinorVersion() {
            return driver.getMinorVersion();
        }

        @Override
        public boolean jdbcCompliant() {
            return driver.jdbcCompliant();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return driver.getParentLogger();
        }
    }
}

package vn.kyluat.sample;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * A PostgreSQL server to create unit databases on. The password, if any, comes from the
 * environment (PGPASSWORD) and is never printed.
 *
 * @param baseUrl {@code jdbc:postgresql://host:port/}; a database name is appended to it
 */
public record PostgresServer(String baseUrl, String user, String password) {
    private static final String PREFIX = "jdbc:postgresql://";

    /** Keeps only scheme, host and port of {@code baseUrl}: each unit names its own database. */
    public PostgresServer {
        if (!baseUrl.startsWith(PREFIX) || baseUrl.contains("?")) {
            throw new IllegalArgumentException(
                    "--pg-url must look like jdbc:postgresql://127.0.0.1:5432/ (no parameters)");
        }
        int slash = baseUrl.indexOf('/', PREFIX.length());
        baseUrl = slash < 0 ? baseUrl + "/" : baseUrl.substring(0, slash + 1);
    }

    /** User from PGUSER (default postgres), password from PGPASSWORD when set. */
    public static PostgresServer fromEnvironment(String baseUrl) {
        String user = System.getenv().getOrDefault("PGUSER", "postgres");
        return new PostgresServer(baseUrl, user, System.getenv("PGPASSWORD"));
    }

    public String url(String database) {
        return baseUrl + database;
    }

    public Connection connect(String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(url(database), properties);
    }

    /** Drops the database if it exists (disconnecting its sessions) and creates it empty. */
    public void recreate(String database) throws SQLException {
        try (Connection admin = connect("postgres");
                Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + quote(database) + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + quote(database) + " ENCODING 'UTF8' TEMPLATE template0");
        }
    }

    public void drop(String database) throws SQLException {
        try (Connection admin = connect("postgres");
                Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + quote(database) + " WITH (FORCE)");
        }
    }

    private static String quote(String identifier) {
        if (!identifier.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + identifier);
        }
        return identifier;
    }
}

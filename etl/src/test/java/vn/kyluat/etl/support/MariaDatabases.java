package vn.kyluat.etl.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Databases on the test MariaDB server (MARIADB_HOST, MARIADB_PORT, MARIADB_USER; defaults
 * 127.0.0.1, 3306, root), uniquely named and dropped by {@link #dropAll()}.
 */
public final class MariaDatabases extends ServerDatabases {
    private final String host = env("MARIADB_HOST", "127.0.0.1");
    private final String port = env("MARIADB_PORT", "3306");
    private final String user = env("MARIADB_USER", "root");

    public String user() {
        return user;
    }

    public String url(String database) {
        return "jdbc:mariadb://" + host + ":" + port + "/" + database;
    }

    public static String referenceSchema() {
        return UnitDatabase.resource("/reference/schema-mariadb.sql");
    }

    /** Runs a script of statements, each ending with a semicolon. */
    public void execute(String database, String script) {
        run(url(database) + "?allowMultiQueries=true", script);
    }

    @Override
    String createDatabase(String database) {
        return "CREATE DATABASE " + database + " CHARACTER SET utf8mb4";
    }

    @Override
    String dropDatabase(String database) {
        return "DROP DATABASE IF EXISTS " + database;
    }

    @Override
    void admin(String sql) {
        run(url(""), sql);
    }

    private void run(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, System.getenv("MARIADB_PASSWORD"));
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

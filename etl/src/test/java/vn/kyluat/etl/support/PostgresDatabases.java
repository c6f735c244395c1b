package vn.kyluat.etl.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Databases on the test PostgreSQL server (PGHOST, PGPORT, PGUSER; defaults 127.0.0.1, 5432,
 * postgres), uniquely named with the module's prefix and dropped by {@link #dropAll()}.
 */
public final class PostgresDatabases extends ServerDatabases {
    private final String host = env("PGHOST", "127.0.0.1");
    private final String port = env("PGPORT", "5432");
    private final String user = env("PGUSER", "postgres");

    public String user() {
        return user;
    }

    public String url(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public void execute(String database, String script) {
        try (Connection connection = DriverManager.getConnection(url(database), user, System.getenv("PGPASSWORD"));
                Statement statement = connection.createStatement()) {
            statement.execute(script);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The number the query's first column gives in its first row. */
    public long queryLong(String database, String sql) {
        try (Connection connection = DriverManager.getConnection(url(database), user, System.getenv("PGPASSWORD"));
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    String createDatabase(String database) {
        return "CREATE DATABASE " + database;
    }

    @Override
    String dropDatabase(String database) {
        return "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)";
    }

    @Override
    void admin(String sql) {
        execute("postgres", sql);
    }
}

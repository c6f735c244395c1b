package vn.kyluat.warehouse;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * A PostgreSQL database of its own for one test class, on PGHOST:PGPORT (default 127.0.0.1:5432) as
 * PGUSER (default postgres), password from PGPASSWORD when set; dropped by {@link #close()}.
 */
final class TestDatabase implements AutoCloseable {
    private final String host = System.getenv().getOrDefault("PGHOST", "127.0.0.1");
    private final String port = System.getenv().getOrDefault("PGPORT", "5432");
    private final String user = System.getenv().getOrDefault("PGUSER", "postgres");
    private final String name;
    private Connection connection;

    private TestDatabase(String name) {
        this.name = name;
    }

    static TestDatabase create(String purpose) throws SQLException {
        TestDatabase database = new TestDatabase(
                "warehouse_" + purpose + "_" + ProcessHandle.current().pid());
        database.admin("DROP DATABASE IF EXISTS " + database.name + " WITH (FORCE)");
        database.admin("CREATE DATABASE " + database.name + " ENCODING 'UTF8' TEMPLATE template0");
        return database;
    }

    String url() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + name;
    }

    String user() {
        return user;
    }

    boolean hasPassword() {
        return System.getenv("PGPASSWORD") != null;
    }

    /** A new session on the database. */
    Connection connect() throws SQLException {
        return connect(name);
    }

    /** The test class's own session, closed with the database. */
    synchronized Connection connection() throws SQLException {
        if (connection == null) {
            connection = connect();
        }
        return connection;
    }

    @Override
    public void close() throws SQLException {
        if (connection != null) {
            connection.close();
        }
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private void admin(String sql) throws SQLException {
        try (Connection connection = connect("postgres");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private Connection connect(String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (hasPassword()) {
            properties.setProperty("password", System.getenv("PGPASSWORD"));
        }
        return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + database, properties);
    }
}

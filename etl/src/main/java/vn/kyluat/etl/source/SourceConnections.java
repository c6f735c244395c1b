package vn.kyluat.etl.source;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import vn.kyluat.contract.JdbcUrls;
import vn.kyluat.etl.config.JdbcTarget;

/**
 * Opens connections to unit systems, read-only ({@code setReadOnly(true)}; PostgreSQL sessions also
 * with {@code default_transaction_read_only}, MariaDB and MySQL sessions with {@code SET SESSION
 * TRANSACTION READ ONLY}), with errors that say which source and URL could not be reached.
 */
public final class SourceConnections {
    private static final String POSTGRES_URL = "jdbc:postgresql:";
    /** MariaDB's driver takes setReadOnly as a hint for replicas only: the server must be told. */
    private static final List<String> MARIADB_URLS = List.of("jdbc:mariadb:", "jdbc:mysql:");

    private SourceConnections() {}

    public static Connection open(String sourceId, JdbcTarget target) {
        Properties properties = new Properties();
        if (target.user() != null) {
            properties.setProperty("user", target.user());
        }
        if (target.password() != null) {
            properties.setProperty("password", target.password());
        }
        if (target.url().startsWith(POSTGRES_URL)) {
            // Read-only for the whole session, not only the driver's transaction: a statement that ends
            // that transaction (COMMIT) still cannot write.
            properties.setProperty("options", "-c default_transaction_read_only=on");
            properties.setProperty("readOnlyMode", "always");
        }
        try {
            Connection connection = DriverManager.getConnection(target.url(), properties);
            if (MARIADB_URLS.stream().anyMatch(target.url()::startsWith)) {
                readOnlySession(connection);
            }
            // PostgreSQL streams a cursor only inside a transaction; elsewhere it is harmless.
            connection.setAutoCommit(false);
            readOnlyHint(connection);
            return connection;
        } catch (SQLException e) {
            throw new SourceUnavailableException(
                    "source " + sourceId + ": cannot connect to " + target.shownUrl() + ": " + rootMessage(e)
                            + driverHint(e),
                    e);
        }
    }

    /** Every later transaction of the session read-only, so even a non-transactional table cannot be written. */
    private static void readOnlySession(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET SESSION TRANSACTION READ ONLY");
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    /** DriverManager's "No suitable driver" (SQLState 08001 without a cause) means no jar knows the URL. */
    private static String driverHint(SQLException e) {
        return e.getMessage() != null && e.getMessage().startsWith("No suitable driver")
                ? "; put the database's JDBC driver jar in the drivers/ folder (or the folder " + DriverFolder.VARIABLE
                        + " names); MySQL is read with jdbc:mariadb:// URLs"
                : "";
    }

    /** JDBC calls read-only a hint; some drivers (DuckDB) refuse it on an open connection, and the reads stay reads. */
    private static void readOnlyHint(Connection connection) {
        try {
            connection.setReadOnly(true);
        } catch (SQLException e) {
            // The hint is not essential: the extraction only ever runs SELECT.
        }
    }

    /**
     * The innermost cause's message: "Connection refused" rather than the driver's paragraph, with any
     * JDBC URL a driver quotes in it redacted.
     */
    public static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : JdbcUrls.redactIn(root.getMessage());
    }
}

package vn.kyluat.etl.source;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;
import vn.kyluat.etl.config.JdbcTarget;

/**
 * One view of a PostgreSQL source for every relation a run reads from it. Each relation is read by
 * its own step on its own connection; without a shared snapshot, a task committed between the task
 * step and the event step would bring events without their task, or of a state the tasks never had.
 * So the first connection of the run exports its REPEATABLE READ snapshot ({@code pg_export_snapshot()})
 * and keeps that transaction open until {@link #close()}; every connection imports it ({@code SET
 * TRANSACTION SNAPSHOT}) and sees the source as of that instant. A restarted run exports a new one.
 */
public final class SourceSnapshot implements AutoCloseable {
    /** What {@code pg_export_snapshot()} returns (e.g. {@code 00000003-0000001B-1}): safe to quote, as SET takes no parameters. */
    private static final Pattern SNAPSHOT_ID = Pattern.compile("[0-9A-F]+(-[0-9A-F]+)+");

    private final String sourceId;
    private final JdbcTarget target;
    private Connection exporter;
    private String snapshotId;

    public SourceSnapshot(String sourceId, JdbcTarget target) {
        this.sourceId = sourceId;
        this.target = target;
    }

    public String sourceId() {
        return sourceId;
    }

    public JdbcTarget target() {
        return target;
    }

    /** A new read-only connection whose transaction sees the source as of the snapshot, taken now if this is the first. */
    public synchronized Connection open() {
        String id = snapshotId();
        Connection connection = SourceConnections.open(sourceId, target);
        try (Statement statement = connection.createStatement()) {
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            statement.execute("SET TRANSACTION SNAPSHOT '" + id + "'");
            return connection;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw unavailable("cannot read in the run's snapshot of", e);
        }
    }

    private String snapshotId() {
        if (snapshotId != null) {
            return snapshotId;
        }
        Connection connection = SourceConnections.open(sourceId, target);
        try {
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try (Statement statement = connection.createStatement();
                    ResultSet id = statement.executeQuery("SELECT pg_export_snapshot()")) {
                id.next();
                String exported = id.getString(1);
                if (exported == null || !SNAPSHOT_ID.matcher(exported).matches()) {
                    throw new SQLException("pg_export_snapshot() returned '" + exported + "'");
                }
                exporter = connection;
                snapshotId = exported;
                return snapshotId;
            }
        } catch (SQLException e) {
            closeQuietly(connection);
            throw unavailable("cannot take a snapshot of", e);
        }
    }

    /** Ends the exporting transaction: connections opened later see a new snapshot. */
    @Override
    public synchronized void close() {
        if (exporter != null) {
            closeQuietly(exporter);
        }
        exporter = null;
        snapshotId = null;
    }

    private static void closeQuietly(Connection connection) {
        try (connection) {
            connection.rollback();
        } catch (SQLException e) {
            // A read-only transaction: nothing to save; the server ends it with the connection.
        }
    }

    private SourceUnavailableException unavailable(String what, SQLException e) {
        return new SourceUnavailableException(
                "source " + sourceId + ": " + what + " " + target.shownUrl() + ": " + SourceConnections.rootMessage(e),
                e);
    }
}

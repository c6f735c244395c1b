package vn.kyluat.etl.source;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import vn.kyluat.contract.Relation;
import vn.kyluat.contract.Zone;
import vn.kyluat.etl.config.JdbcTarget;

/**
 * Streams one relation of a JDBC source through a forward-only cursor. Its order is deterministic
 * (by key), so a restart re-runs the query for the rows after the last committed key.
 */
public final class JdbcRelationReader extends RelationReader {
    private final JdbcTarget target;
    private final String mapping;
    private final int fetchSize;
    private Connection connection;
    private PreparedStatement statement;
    private ResultSet rows;
    private JdbcColumns.FieldReader[] fields;
    private boolean localWatermark;

    /** @param mapping the SQL that returns the relation's columns (the source's own or the reference one) */
    public JdbcRelationReader(String sourceId, JdbcTarget target, Relation relation, String mapping, int fetchSize) {
        super(sourceId, relation);
        this.target = target;
        this.mapping = mapping;
        this.fetchSize = fetchSize;
    }

    @Override
    protected void doOpen() {
        connection = SourceConnections.open(sourceId, target);
        try {
            String sql = RelationQueries.extraction(
                    mapping, relation, plan.incremental(), afterKey != null, sourceColumns());
            statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(fetchSize);
            int parameter = 1;
            if (plan.incremental()) {
                bind(parameter++, plan.readAfter(relation));
            }
            if (afterKey != null) {
                bind(parameter, afterKey);
            }
            rows = statement.executeQuery();
            fields = JdbcColumns.readers(relation, rows.getMetaData());
        } catch (SQLException e) {
            doClose();
            throw failure("cannot read", e);
        }
    }

    /** Binds a watermark or a key as the type it was read as, so the comparison is the order's own. */
    private void bind(int index, Object value) throws SQLException {
        if (value instanceof Instant instant && localWatermark) {
            // A column without zone holds local time (MariaDB has no other): compare it with local time.
            statement.setObject(index, LocalDateTime.ofInstant(instant, Zone.VIETNAM));
        } else if (value instanceof Instant instant) {
            statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
        } else if (value instanceof Long id) {
            statement.setLong(index, id);
        } else {
            statement.setString(index, (String) value);
        }
    }

    /** The mapping's own (quoted) column of each contract column, from the shape of its result. */
    private UnaryOperator<String> sourceColumns() throws SQLException {
        String quote = connection.getMetaData().getIdentifierQuoteString();
        Map<String, String> columns = new HashMap<>();
        try (Statement shape = connection.createStatement();
                ResultSet empty = shape.executeQuery(RelationQueries.shape(mapping))) {
            ResultSetMetaData shapeOf = empty.getMetaData();
            JdbcColumns.checkShape(shapeOf, relation);
            localWatermark = relation.watermarkColumn()
                    .map(w -> JdbcColumns.isLocalTimestamp(shapeOf, w, relation))
                    .orElse(false);
            for (String name : relation.columnNames()) {
                columns.put(name, JdbcColumns.sourceColumn(shapeOf, name, relation, quote));
            }
        }
        return columns::get;
    }

    @Override
    protected SourceRow doRead() {
        try {
            if (!rows.next()) {
                return null;
            }
            Object[] raw = new Object[fields.length];
            for (int i = 0; i < fields.length; i++) {
                raw[i] = fields[i].read(rows);
            }
            return new SourceRow(raw);
        } catch (SQLException e) {
            throw failure("lost while reading", e);
        }
    }

    @Override
    protected void doClose() {
        try (Connection c = connection;
                PreparedStatement s = statement;
                ResultSet r = rows) {
            if (c != null && !c.isClosed()) {
                c.rollback();
            }
        } catch (SQLException e) {
            // Closing a read-only cursor: nothing was written, nothing to save.
        } finally {
            connection = null;
            statement = null;
            rows = null;
        }
    }

    private SourceUnavailableException failure(String what, SQLException e) {
        return SourceUnavailableException.reading(sourceId, what, relation, target, e);
    }
}

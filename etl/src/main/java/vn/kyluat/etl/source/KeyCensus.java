package vn.kyluat.etl.source;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;
import vn.kyluat.contract.Relation;
import vn.kyluat.etl.config.SourceConfig;

/**
 * The keys a database source's relation holds now, read alone: {@code SELECT <key> FROM (<relation
 * SQL>) s} over the same mapping and the same read-only connection as the extraction. Cheap beside
 * a whole read: one narrow column, no validation, nothing written.
 * Unordered on purpose: the caller looks each key up, and a database's text order (its collation)
 * is not Java's, so an ORDER BY would only add a sort.
 */
public final class KeyCensus {
    private KeyCensus() {}

    /**
     * Hands every key the database source's relation holds, typed as the lake stores it, to {@code
     * keys}; null keys are left out.
     */
    public static void read(SourceConfig source, Relation relation, int fetchSize, Consumer<Object> keys) {
        String mapping = RelationQueries.mapping(source, relation);
        try (Connection connection = SourceConnections.open(source.id(), source.jdbc());
                Statement statement =
                        connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            String key;
            try (ResultSet empty = statement.executeQuery(RelationQueries.shape(mapping))) {
                JdbcColumns.checkShape(empty.getMetaData(), relation);
                key = JdbcColumns.sourceColumn(
                        empty.getMetaData(),
                        relation.keyColumn(),
                        relation,
                        connection.getMetaData().getIdentifierQuoteString());
            }
            statement.setFetchSize(fetchSize);
            try (ResultSet rows = statement.executeQuery(RelationQueries.keys(mapping, key))) {
                JdbcColumns.FieldReader field = JdbcColumns.reader(relation, relation.keyColumn(), rows.getMetaData());
                while (rows.next()) {
                    accept(relation, field.read(rows), keys);
                }
            }
            connection.rollback();
        } catch (SQLException e) {
            throw SourceUnavailableException.reading(
                    source.id(), "cannot take the key census of", relation, source.jdbc(), e);
        }
    }

    private static void accept(Relation relation, Object raw, Consumer<Object> keys) {
        Object key = raw == null ? null : RowConverter.typed(relation, relation.keyColumn(), raw);
        if (key != null && !(key instanceof Malformed)) {
            keys.accept(key);
        }
    }
}

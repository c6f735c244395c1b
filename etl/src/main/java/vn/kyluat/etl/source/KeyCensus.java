package vn.kyluat.etl.source;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import vn.kyluat.contract.Relation;
import vn.kyluat.etl.config.SourceConfig;
import vn.kyluat.etl.config.SourceType;

/**
 * The keys a database source's relation holds now, over the same mapping and the same read-only
 * connection as the extraction: read alone ({@code SELECT <key> FROM (<relation SQL>) s}), only
 * those of some buckets, only those of a few candidates, or not at all: per-bucket figures the
 * database aggregates itself ({@link KeyBuckets}), a few hundred rows instead of every key. One
 * read-only transaction, rolled back on {@link #close}. Unordered on purpose: the caller looks each
 * key up, and a database's text order (its collation) is not Java's, so an ORDER BY would only add a sort.
 */
public final class KeyCensus implements AutoCloseable {
    /** Candidates looked up per query. */
    private static final int LOOKUP_BATCH = 500;

    private final SourceConfig source;
    private final Relation relation;
    private final Connection connection;
    private final String mapping;
    private final String key;
    private final int keyType;
    private final JdbcColumns.FieldReader field;

    private KeyCensus(SourceConfig source, Relation relation, Connection connection) throws SQLException {
        this.source = source;
        this.relation = relation;
        this.connection = connection;
        this.mapping = RelationQueries.mapping(source, relation);
        if (source.type() == SourceType.POSTGRES) {
            // The unit's own server serves its users meanwhile: one backend per census, no parallel workers.
            // A parallel scan on a 2-core server tripled the census's CPU for the same seconds.
            try (Statement serial = connection.createStatement()) {
                serial.execute("SET LOCAL max_parallel_workers_per_gather = 0");
            }
        }
        try (Statement statement = connection.createStatement();
                ResultSet empty = statement.executeQuery(RelationQueries.shape(mapping))) {
            JdbcColumns.checkShape(empty.getMetaData(), relation);
            key = JdbcColumns.sourceColumn(
                    empty.getMetaData(),
                    relation.keyColumn(),
                    relation,
                    connection.getMetaData().getIdentifierQuoteString());
            keyType = empty.getMetaData()
                    .getColumnType(JdbcColumns.indexOf(empty.getMetaData(), relation.keyColumn(), relation));
            field = JdbcColumns.reader(relation, relation.keyColumn(), empty.getMetaData());
        }
    }

    /**
     * Opens the census of a database source's relation (checking its mapping's shape), on the run's
     * connection to it: a {@code postgres} source's in the run's snapshot, so that the census sees the
     * source as the read did (a row committed or deleted since is the next run's).
     */
    public static KeyCensus open(SourceConfig source, Relation relation, SourceSnapshots connections) {
        Connection connection = connections.open(source);
        try {
            return new KeyCensus(source, relation, connection);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw failure(source, relation, e);
        }
    }

    /**
     * Whether these buckets can be computed alike in the database and in Java for this mapping's key
     * column: ids over an integer column, codes over a text column of varying length (a fixed-length
     * CHAR pads what its CHAR_LENGTH does not count).
     */
    public boolean bucketable(KeyBuckets.Kind kind) {
        return switch (kind) {
            case IDS -> keyType == Types.BIGINT || keyType == Types.INTEGER || keyType == Types.SMALLINT;
            case CODES ->
                keyType == Types.VARCHAR
                        || keyType == Types.NVARCHAR
                        || keyType == Types.LONGVARCHAR
                        || keyType == Types.LONGNVARCHAR
                        || keyType == Types.CLOB;
        };
    }

    /** Hands every key the relation holds, typed as the lake stores it, to {@code keys}; null keys are left out. */
    public void forEachKey(int fetchSize, Consumer<Object> keys) {
        query(RelationQueries.keys(mapping, key), fetchSize, keys);
    }

    /** Hands the keys of the named buckets to {@code keys}, as {@link #forEachKey}. */
    public void forEachKeyIn(KeyBuckets buckets, Set<Long> named, int fetchSize, Consumer<Object> keys) {
        String list = named.stream().sorted().map(String::valueOf).collect(Collectors.joining(", "));
        query(
                "SELECT k FROM (SELECT " + key + " AS k, " + buckets.bucketSql(key) + " AS b FROM (" + mapping
                        + ") s) t WHERE b IN (" + list + ")",
                fetchSize,
                keys);
    }

    /** Per bucket: the rows with a key and the sum of their keys' checksums, aggregated by the database. */
    public Map<Long, KeyBuckets.Figures> figures(KeyBuckets buckets) {
        String sql = "SELECT b, COUNT(*), SUM(c) FROM (SELECT " + buckets.bucketSql(key) + " AS b, "
                + buckets.checksumSql(key) + " AS c FROM (" + mapping + ") s WHERE " + key + " IS NOT NULL) t"
                + " GROUP BY b";
        Map<Long, KeyBuckets.Figures> figures = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                BigDecimal sum = rows.getBigDecimal(3);
                figures.put(
                        rows.getLong(1), new KeyBuckets.Figures(rows.getLong(2), sum == null ? BigDecimal.ZERO : sum));
            }
        } catch (SQLException e) {
            throw failure(source, relation, e);
        }
        return figures;
    }

    /**
     * The rows with a key, counted by the database (one scan, one row back): the census's first question.
     * No checksum: see {@code DeletionCensus} for why equal counts suffice.
     */
    public long keyedRows() {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT COUNT(*) FROM (" + mapping + ") s WHERE " + key + " IS NOT NULL")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw failure(source, relation, e);
        }
    }

    /** Those of the candidate keys the relation still holds, compared as Java compares them (typed, exactly). */
    public Set<Object> present(Collection<Object> candidates) {
        Set<Object> present = new HashSet<>();
        List<Object> all = new ArrayList<>(candidates);
        for (int from = 0; from < all.size(); from += LOOKUP_BATCH) {
            List<Object> batch = all.subList(from, Math.min(all.size(), from + LOOKUP_BATCH));
            String sql = RelationQueries.keys(mapping, key) + " WHERE " + key + " IN ("
                    + String.join(", ", java.util.Collections.nCopies(batch.size(), "?")) + ")";
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < batch.size(); i++) {
                    statement.setObject(i + 1, batch.get(i));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    Set<Object> asked = new HashSet<>(batch);
                    while (rows.next()) {
                        Object found = typed(field.read(rows));
                        if (found != null && asked.contains(found)) {
                            present.add(found);
                        }
                    }
                }
            } catch (SQLException e) {
                throw failure(source, relation, e);
            }
        }
        return present;
    }

    private void query(String sql, int fetchSize, Consumer<Object> keys) {
        try (Statement statement =
                connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            statement.setFetchSize(fetchSize);
            try (ResultSet rows = statement.executeQuery(sql)) {
                while (rows.next()) {
                    Object typed = typed(field.read(rows));
                    if (typed != null) {
                        keys.accept(typed);
                    }
                }
            }
        } catch (SQLException e) {
            throw failure(source, relation, e);
        }
    }

    /** A key typed as the lake stores it; null for a null or malformed one. */
    private Object typed(Object raw) {
        Object typed = raw == null ? null : RowConverter.typed(relation, relation.keyColumn(), raw);
        return typed instanceof Malformed ? null : typed;
    }

    @Override
    public void close() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            throw failure(source, relation, e);
        } finally {
            closeQuietly(connection);
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // already failing, or nothing was written: the read-only session holds nothing to keep
        }
    }

    private static RuntimeException failure(SourceConfig source, Relation relation, SQLException e) {
        return SourceUnavailableException.reading(
                source.id(), "cannot take the key census of", relation, source.jdbc(), e);
    }
}

package vn.kyluat.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import vn.kyluat.contract.Column;
import vn.kyluat.contract.Relation;
import vn.kyluat.contract.Zone;

/**
 * An embedded unit system: an H2 file database in PostgreSQL mode with the reference schema,
 * loaded with batched inserts (replacing any earlier file of the same name).
 */
public final class H2Sink implements UnitSink {
    /** Settings for both writing and reading: PostgreSQL mode with PostgreSQL's lower-case names. */
    static final String MODE = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    /** What readers add: open only an existing file, read-only, with twice the default page cache (KiB; kept modest because the extractor may read several units at once in a 512 MiB heap). */
    static final String READ_OPTIONS = ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r;CACHE_SIZE=32768";

    private static final int BATCH = 2_000;

    private final Path file;
    private final Connection connection;
    private final Map<Relation, PreparedStatement> inserts = new EnumMap<>(Relation.class);
    private final Map<Relation, Integer> pending = new EnumMap<>(Relation.class);

    public H2Sink(Path file) {
        this.file = file.toAbsolutePath();
        try {
            Files.deleteIfExists(Path.of(this.file + ".mv.db"));
            Files.deleteIfExists(Path.of(this.file + ".trace.db"));
            Files.createDirectories(this.file.getParent());
            connection = DriverManager.getConnection(url(this.file) + ";CACHE_SIZE=65536", "sa", "");
            connection.setAutoCommit(false);
            ReferenceSchema.createTables(connection);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace " + file, e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the H2 database " + file + ": " + e.getMessage(), e);
        }
    }

    /** The JDBC URL of the H2 unit at {@code file} (without the .mv.db suffix). */
    public static String url(Path file) {
        return "jdbc:h2:file:" + file.toAbsolutePath() + MODE;
    }

    /** The URL a reader such as {@code ops extract} should use. */
    public static String readUrl(Path file) {
        return url(file) + READ_OPTIONS;
    }

    @Override
    public void write(GeneratedRow row) {
        Relation relation = row.relation();
        try {
            PreparedStatement insert = inserts.get(relation);
            if (insert == null) {
                insert = connection.prepareStatement("INSERT INTO " + relation.tableName() + " ("
                        + String.join(", ", relation.columnNames()) + ") VALUES ("
                        + String.join(
                                ", ", Collections.nCopies(relation.columns().size(), "?")) + ")");
                inserts.put(relation, insert);
            }
            Object[] values = row.values();
            for (int i = 0; i < values.length; i++) {
                bind(insert, i + 1, relation.columns().get(i), values[i]);
            }
            insert.addBatch();
            if (pending.merge(relation, 1, Integer::sum) >= BATCH) {
                insert.executeBatch();
                pending.put(relation, 0);
                connection.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "cannot insert into " + relation.tableName() + " of " + file + ": " + e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement insert, int index, Column column, Object value) throws SQLException {
        if (value == null) {
            insert.setNull(
                    index,
                    switch (column.type()) {
                        case TEXT -> Types.VARCHAR;
                        case DATE -> Types.DATE;
                        case TIMESTAMP -> Types.TIMESTAMP_WITH_TIMEZONE;
                        case BIGINT -> Types.BIGINT;
                        case BOOLEAN -> Types.BOOLEAN;
                    });
        } else if (value instanceof Instant instant) {
            insert.setObject(index, OffsetDateTime.ofInstant(instant, Zone.VIETNAM));
        } else if (value instanceof LocalDate
                || value instanceof Long
                || value instanceof Boolean
                || value instanceof String) {
            insert.setObject(index, value);
        } else {
            throw new IllegalArgumentException("a database unit cannot hold " + value + " in " + column.name());
        }
    }

    @Override
    public String location() {
        return file + ".mv.db";
    }

    @Override
    public void close() {
        try {
            for (PreparedStatement insert : inserts.values()) {
                insert.executeBatch();
                insert.close();
            }
            ReferenceSchema.createIndexes(connection);
            connection.commit();
            try (Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            }
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot finish the H2 database " + file + ": " + e.getMessage(), e);
        }
    }
}

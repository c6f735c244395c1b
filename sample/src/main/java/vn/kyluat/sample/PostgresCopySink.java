package vn.kyluat.sample;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import vn.kyluat.contract.Relation;

/**
 * A unit system in its own PostgreSQL database, bulk-loaded while rows are generated: one
 * connection per relation, each streaming a {@code COPY … FROM STDIN} (text format) in 256 KiB
 * chunks, so tasks and their events load side by side in constant memory. Indexes are built and
 * statistics gathered after the load.
 */
public final class PostgresCopySink implements UnitSink {
    private static final int CHUNK = 1 << 18;

    private final PostgresServer server;
    private final String database;
    private final Map<Relation, Stream> streams = new EnumMap<>(Relation.class);

    /** One relation's COPY in progress. */
    private static final class Stream {
        final Connection connection;
        final CopyIn copy;
        final StringBuilder buffer = new StringBuilder(CHUNK + 4096);

        Stream(Connection connection, CopyIn copy) {
            this.connection = connection;
            this.copy = copy;
        }

        void flush() throws SQLException {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        }
    }

    public PostgresCopySink(PostgresServer server, String database) {
        this.server = server;
        this.database = database;
        try {
            server.recreate(database);
            try (Connection connection = server.connect(database)) {
                ReferenceSchema.createTables(connection);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "cannot create database " + database + " at " + server.baseUrl() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void write(GeneratedRow row) {
        try {
            Stream stream = stream(row.relation());
            appendRow(row.values(), stream.buffer);
            if (stream.buffer.length() >= CHUNK) {
                stream.flush();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "COPY into " + database + "." + row.relation().tableName() + " failed: " + e.getMessage(), e);
        }
    }

    private Stream stream(Relation relation) throws SQLException {
        Stream stream = streams.get(relation);
        if (stream == null) {
            Connection connection = server.connect(database);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET synchronous_commit TO off");
            }
            connection.setAutoCommit(false);
            CopyIn copy = connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("COPY " + relation.tableName() + " (" + String.join(", ", relation.columnNames())
                            + ") FROM STDIN");
            stream = new Stream(connection, copy);
            streams.put(relation, stream);
        }
        return stream;
    }

    /** One line of COPY's text format: tab-separated, {@code \N} for null, timestamps with +07. */
    static void appendRow(Object[] values, StringBuilder out) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            Object value = values[i];
            if (value == null) {
                out.append("\\N");
            } else if (value instanceof Instant instant) {
                ValueText.localDateTime(instant, ' ', out);
                out.append("+07");
            } else if (value instanceof LocalDate date) {
                ValueText.isoDate(date, out);
            } else if (value instanceof Boolean b) {
                out.append(b ? 't' : 'f');
            } else if (value instanceof Long || value instanceof String) {
                appendEscaped(value.toString(), out);
            } else {
                throw new IllegalArgumentException("a database unit cannot hold " + value);
            }
        }
        out.append('\n');
    }

    private static void appendEscaped(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }

    @Override
    public String location() {
        return server.url(database);
    }

    @Override
    public void close() {
        try {
            for (Stream stream : streams.values()) {
                stream.flush();
                stream.copy.endCopy();
                stream.connection.commit();
                stream.connection.close();
            }
            try (Connection connection = server.connect(database);
                    Statement statement = connection.createStatement()) {
                ReferenceSchema.createIndexes(connection);
                statement.execute("ANALYZE");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot finish the COPY into " + database + ": " + e.getMessage(), e);
        }
    }
}

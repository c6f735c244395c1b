package vn.kyluat.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The reference DDL ({@code reference/schema.sql}) split in two: tables are created before loading,
 * indexes after it, which loads several times faster on both PostgreSQL and H2.
 */
final class ReferenceSchema {
    private static final List<String> STATEMENTS = load();

    private ReferenceSchema() {}

    private static List<String> load() {
        try (InputStream in = ReferenceSchema.class.getResourceAsStream("/reference/schema.sql")) {
            if (in == null) {
                throw new IllegalStateException("reference/schema.sql is not on the classpath");
            }
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)--.*$", "");
            return Arrays.stream(sql.split(";"))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void createTables(Connection connection) throws SQLException {
        run(connection, false);
    }

    static void createIndexes(Connection connection) throws SQLException {
        run(connection, true);
    }

    private static void run(Connection connection, boolean indexes) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : STATEMENTS) {
                if (sql.toUpperCase(Locale.ROOT).startsWith("CREATE INDEX") == indexes) {
                    statement.execute(sql);
                }
            }
        }
    }
}

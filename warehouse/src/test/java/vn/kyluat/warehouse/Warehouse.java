package vn.kyluat.warehouse;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What tests read back from a loaded warehouse, and how they run a load. */
final class Warehouse {
    private Warehouse() {}

    /** Runs {@code load --config} as ./ops does; returns its exit code. */
    static int load(Path config) {
        return WarehouseMain.commandLine().execute("load", "--config", config.toString());
    }

    /** Every row of a query, values as Java types (dates as LocalDate, instants as Instant). */
    static List<List<Object>> rows(Connection connection, String sql) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            ResultSetMetaData meta = result.getMetaData();
            while (result.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.add(
                            switch (meta.getColumnTypeName(i)) {
                                case "date" -> result.getObject(i, LocalDate.class);
                                case "timestamptz" ->
                                    result.getObject(i) == null
                                            ? null
                                            : result.getObject(i, OffsetDateTime.class)
                                                    .toInstant();
                                default -> result.getObject(i);
                            });
                }
                rows.add(row);
            }
        }
        return rows;
    }

    static long count(Connection connection, String sql) throws SQLException {
        return ((Number) rows(connection, sql).get(0).get(0)).longValue();
    }

    /** A checksum of each table's content in the schema, warehouse_load (when it was loaded) left out. */
    static Map<String, String> checksums(Connection connection, String schema) throws SQLException {
        Map<String, String> sums = new LinkedHashMap<>();
        for (List<Object> table : rows(
                connection,
                "SELECT tablename FROM pg_tables WHERE schemaname = '" + schema
                        + "' AND tablename <> 'warehouse_load' ORDER BY tablename")) {
            String name = schema + "." + table.get(0);
            sums.put(name, (String) rows(
                            connection,
                            "SELECT md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), ''))" + " FROM " + name
                                    + " t")
                    .get(0)
                    .get(0));
        }
        return sums;
    }

    static List<String> schemas(Connection connection, String prefix) throws SQLException {
        return rows(
                        connection,
                        "SELECT nspname FROM pg_namespace WHERE starts_with(nspname, '" + prefix + "') ORDER BY 1")
                .stream()
                .map(r -> (String) r.get(0))
                .toList();
    }
}

package vn.kyluat.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import vn.kyluat.contract.Mart;
import vn.kyluat.contract.MartGrain;
import vn.kyluat.contract.Quarter;
import vn.kyluat.contract.Zone;

/**
 * Loads every mart into PostgreSQL so that a reader only ever sees a complete warehouse: all tables
 * are built in a fresh schema {@code <schema>_load_<id>} in one transaction, then two renames in a
 * second one put it in place of {@code <schema>}, and the previous warehouse is dropped after that.
 * A load that dies leaves the current warehouse as it was; the next load first drops what dead loads
 * left ({@code <schema>_load_*}, {@code <schema>_old_*}). One load at a time per schema, by an
 * advisory lock the server releases when the loader's session ends, however it ends. Public for the
 * warehouse benchmark (bench/), which times its COPY against psql's.
 */
public final class WarehouseLoader {
    /** PostgreSQL's SQLSTATE for a lock not granted within lock_timeout. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";
    /** Below the server's default deadlock_timeout (1 s), so a swap waiting on a reader gives way first. */
    private static final int LOCK_TRY_MILLIS = 200;
    /** About a minute of readers in the way before the load says so. */
    private static final int LOCK_TRIES = 300;

    private final WarehouseConfig config;
    private final Configuration hadoop;
    private final Consumer<String> progress;

    /** One mart's table: its rows and the time their COPY took. */
    public record TableLoad(long rows, double copySeconds) {}

    /** What a load did: each mart's table, the metrics version the figures were computed with, its time. */
    public record Loaded(
            String schema, Map<String, TableLoad> tables, Optional<String> metricsVersion, double seconds) {
        public long rows() {
            return tables.values().stream().mapToLong(TableLoad::rows).sum();
        }

        public double copySeconds() {
            return tables.values().stream().mapToDouble(TableLoad::copySeconds).sum();
        }
    }

    /** The load could not start or was refused; the message says why and what to do. */
    static final class LoadRefusedException extends RuntimeException {
        LoadRefusedException(String message) {
            super(message);
        }
    }

    public WarehouseLoader(WarehouseConfig config, Configuration hadoop, Consumer<String> progress) {
        this.config = config;
        this.hadoop = hadoop;
        this.progress = progress;
    }

    public Loaded load() throws SQLException {
        long started = System.nanoTime();
        String set = MartLocation.publishedSet(hadoop, config.martsRoot());
        List<MartDataset> datasets = new ArrayList<>();
        for (Mart mart : Mart.values()) {
            datasets.add(MartDataset.list(hadoop, set, mart));
        }
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String loading = config.schema() + "_load_" + id;
        try (Connection connection = config.connect()) {
            lock(connection);
            dropLeftovers(connection);
            connection.setAutoCommit(false);
            Map<String, TableLoad> tables = new LinkedHashMap<>();
            Optional<String> version = build(connection, loading, set, datasets, tables);
            connection.commit();
            progress.accept("swapping " + loading + " in as " + config.schema());
            swap(connection, loading, id);
            return new Loaded(config.schema(), tables, version, (System.nanoTime() - started) / 1e9);
        }
    }

    private Optional<String> build(
            Connection connection, String loading, String set, List<MartDataset> datasets, Map<String, TableLoad> loads)
            throws SQLException {
        WarehouseSql sql = new WarehouseSql(loading);
        execute(connection, "CREATE SCHEMA " + WarehouseSql.quote(loading));
        Map<Mart, MartTable> tables = new LinkedHashMap<>();
        for (MartDataset dataset : datasets) {
            MartTable table = MartTable.of(dataset.mart(), dataset.fileSchema(hadoop), dataset.partitionColumns());
            tables.put(dataset.mart(), table);
            execute(connection, sql.createTable(table));
            long copyStarted = System.nanoTime();
            long copied = copy(connection, sql, table, dataset);
            double seconds = (System.nanoTime() - copyStarted) / 1e9;
            boolean nullsInGrain = "true"
                    .equals(strings(connection, sql.grainHoldsNulls(table)).get(0));
            execute(
                    connection,
                    nullsInGrain ? sql.uniqueGrain(table) : sql.primaryKey(table.name(), table.primaryKey()));
            loads.put(table.name(), new TableLoad(copied, seconds));
            progress.accept(String.format(Locale.ROOT, "%s: %d rows copied in %.1f s", table.name(), copied, seconds));
        }
        Optional<String> version = metricsVersion(connection, sql, tables.values());
        execute(connection, sql.dimOrg(tables.get(Mart.ORG_TREE)));
        execute(connection, sql.primaryKey("dim_org", MartGrain.of(Mart.ORG_TREE)));
        execute(connection, sql.orgClosure());
        execute(connection, sql.primaryKey("org_closure", List.of(Mart.QUARTER, Mart.ORG_CODE, "member_org_code")));
        execute(connection, sql.dimQuarter());
        fillQuarters(connection, sql);
        execute(connection, sql.watchList(tables.get(Mart.ORG_QUARTER_METRICS)));
        execute(connection, sql.figuresOverTime(tables.get(Mart.ORG_QUARTER_METRICS)));
        execute(connection, sql.tasksBehindFigures(tables.get(Mart.TASK_QUARTER_FACTS)));
        execute(connection, sql.loadInfo());
        try (PreparedStatement insert =
                connection.prepareStatement("INSERT INTO " + sql.name("warehouse_load") + " VALUES (?, ?, ?)")) {
            insert.setObject(1, OffsetDateTime.now(Zone.VIETNAM));
            insert.setString(2, set);
            insert.setString(3, version.orElse(null));
            insert.executeUpdate();
        }
        execute(connection, sql.tableCounts());
        try (PreparedStatement insert =
                connection.prepareStatement("INSERT INTO " + sql.name("warehouse_tables") + " VALUES (?, ?)")) {
            for (Map.Entry<String, TableLoad> load : loads.entrySet()) {
                insert.setString(1, load.getKey());
                insert.setLong(2, load.getValue().rows());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        comment(connection, loading);
        for (String reader : config.readers()) {
            execute(
                    connection,
                    "GRANT USAGE ON SCHEMA " + WarehouseSql.quote(loading) + " TO " + WarehouseSql.quote(reader));
            execute(
                    connection,
                    "GRANT SELECT ON ALL TABLES IN SCHEMA " + WarehouseSql.quote(loading) + " TO "
                            + WarehouseSql.quote(reader));
        }
        for (String table : tablesOf(connection, loading)) {
            execute(connection, "ANALYZE " + sql.name(table));
        }
        return version;
    }

    private long copy(Connection connection, WarehouseSql sql, MartTable table, MartDataset dataset)
            throws SQLException {
        ParquetCopier copier = new ParquetCopier(hadoop, table);
        long rows = 0;
        try (PGCopyOutputStream out =
                new PGCopyOutputStream(connection.unwrap(PGConnection.class), sql.copy(table), 1 << 16)) {
            BinaryCopyBuffer buffer = new BinaryCopyBuffer(out);
            for (MartDataset.MartFile file : dataset.files()) {
                rows += copier.copy(file, buffer);
            }
            buffer.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + dataset.folder() + " into " + table.name(), e);
        }
        return rows;
    }

    /** The one metrics version of every figure loaded; a load that would mix versions is refused. */
    private Optional<String> metricsVersion(Connection connection, WarehouseSql sql, Iterable<MartTable> tables)
            throws SQLException {
        List<String> versions = new ArrayList<>();
        for (MartTable table : tables) {
            if (table.columnNames().contains(Mart.METRICS_VERSION_COLUMN)) {
                versions.addAll(strings(
                        connection,
                        "SELECT DISTINCT " + Mart.METRICS_VERSION_COLUMN + " FROM " + sql.name(table.name()) + " WHERE "
                                + Mart.METRICS_VERSION_COLUMN + " IS NOT NULL"));
            }
        }
        List<String> distinct = versions.stream().distinct().sorted().toList();
        if (distinct.size() > 1) {
            throw new LoadRefusedException("the marts mix metrics versions " + distinct
                    + ": rerun ./ops analyze so that every mart is computed with one version of the definitions");
        }
        Optional<String> version = distinct.stream().findFirst();
        Optional<String> previous = liveWarehouse(connection)
                ? strings(
                                connection,
                                "SELECT metrics_version FROM "
                                        + new WarehouseSql(config.schema()).name("warehouse_load"))
                        .stream()
                        .filter(v -> v != null)
                        .findFirst()
                : Optional.empty();
        if (previous.isPresent() && !previous.equals(version)) {
            progress.accept("metrics version changes from " + previous.get() + " to " + version.orElse("none")
                    + ": the warehouse is replaced whole, no figure of version " + previous.get() + " remains");
        }
        return version;
    }

    private void fillQuarters(Connection connection, WarehouseSql sql) throws SQLException {
        List<String> bounds = strings(
                connection,
                "SELECT min(quarter) FROM " + sql.name(Mart.ORG_QUARTER_METRICS.martName())
                        + " UNION ALL SELECT max(quarter) FROM " + sql.name(Mart.ORG_QUARTER_METRICS.martName()));
        if (bounds.get(0) == null) {
            return;
        }
        try (PreparedStatement insert =
                connection.prepareStatement("INSERT INTO " + sql.name("dim_quarter") + " VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Quarter quarter : Quarter.range(Quarter.parse(bounds.get(0)), Quarter.parse(bounds.get(1)))) {
                insert.setString(1, quarter.toString());
                insert.setInt(2, quarter.year());
                insert.setInt(3, quarter.number());
                insert.setObject(4, quarter.start());
                insert.setObject(5, quarter.lastDay());
                insert.setObject(6, quarter.asOf().atOffset(Zone.VIETNAM));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Every table, view and column gets its meaning in Vietnamese and English. */
    private void comment(Connection connection, String loading) throws SQLException {
        WarehouseSql sql = new WarehouseSql(loading);
        List<String[]> relations = rows(
                connection,
                "SELECT table_name, table_type FROM information_schema.tables" + " WHERE table_schema = '" + loading
                        + "' ORDER BY table_name");
        for (String[] relation : relations) {
            String kind = "VIEW".equals(relation[1]) ? "VIEW" : "TABLE";
            execute(
                    connection,
                    "COMMENT ON " + kind + " " + sql.name(relation[0]) + " IS " + literal(Labels.table(relation[0])));
        }
        for (String[] column : rows(
                connection,
                "SELECT table_name, column_name FROM information_schema.columns" + " WHERE table_schema = '" + loading
                        + "' ORDER BY table_name, ordinal_position")) {
            execute(
                    connection,
                    "COMMENT ON COLUMN " + sql.name(column[0]) + "." + WarehouseSql.quote(column[1]) + " IS "
                            + literal(Labels.column(column[1])));
        }
    }

    /**
     * Puts the loaded schema in place of the live one: two renames in one transaction, so a query sees
     * either the old warehouse or the new one. The old one is dropped afterwards, in a transaction of
     * its own, which may wait for queries still reading it without holding new ones back.
     *
     * <p>A renamed schema alone is not enough: a query resolves its tables one by one, so one that
     * named a live table before the renames committed and the next after read two warehouses at once
     * (WarehouseLoadIntegrationTests saw task_quarter_facts of one load beside warehouse_tables of the
     * next). So the swap first takes every live table from its readers ({@link #takeLiveTables}): a
     * query then either finished with the old tables, or waits and resolves every name anew.
     */
    private void swap(Connection connection, String loading, String id) throws SQLException {
        String old = config.schema() + "_old_" + id;
        boolean replacing = liveWarehouse(connection);
        if (replacing) {
            takeLiveTables(connection);
            execute(
                    connection,
                    "ALTER SCHEMA " + WarehouseSql.quote(config.schema()) + " RENAME TO " + WarehouseSql.quote(old));
        }
        execute(
                connection,
                "ALTER SCHEMA " + WarehouseSql.quote(loading) + " RENAME TO " + WarehouseSql.quote(config.schema()));
        connection.commit();
        if (replacing) {
            execute(connection, "DROP SCHEMA " + WarehouseSql.quote(old) + " CASCADE");
            connection.commit();
        }
    }

    /**
     * Locks every table of the live warehouse against its readers, in the swap's transaction. A query
     * half-way through naming its tables holds some of them and wants the rest: waiting for it could
     * deadlock, so each try waits briefly ({@code lock_timeout}, below the server's deadlock check)
     * and gives the tables back before the next.
     */
    private void takeLiveTables(Connection connection) throws SQLException {
        String tables = tablesOf(connection, config.schema()).stream()
                .map(t -> WarehouseSql.quote(config.schema()) + "." + WarehouseSql.quote(t))
                .collect(java.util.stream.Collectors.joining(", "));
        for (int attempt = 1; ; attempt++) {
            try {
                execute(connection, "SET LOCAL lock_timeout = '" + LOCK_TRY_MILLIS + "ms'");
                execute(connection, "LOCK TABLE " + tables + " IN ACCESS EXCLUSIVE MODE");
                return;
            } catch (SQLException e) {
                if (!LOCK_NOT_AVAILABLE.equals(e.getSQLState()) || attempt == LOCK_TRIES) {
                    throw e;
                }
                connection
                        .rollback(); // gives back what this try took; the next statement starts the swap's transaction
                // anew
            }
        }
    }

    /**
     * Whether the schema holds a warehouse this loader made; a schema of that name holding anything
     * else is never replaced.
     */
    private boolean liveWarehouse(Connection connection) throws SQLException {
        if (strings(connection, "SELECT nspname FROM pg_namespace WHERE nspname = '" + config.schema() + "'")
                .isEmpty()) {
            return false;
        }
        if (tablesOf(connection, config.schema()).contains("warehouse_load")) {
            return true;
        }
        throw new LoadRefusedException("the schema " + config.schema() + " exists and holds no warehouse load: "
                + "name another schema in the warehouse section, or drop that one yourself");
    }

    private void lock(Connection connection) throws SQLException {
        List<String> taken = strings(
                connection, "SELECT pg_try_advisory_lock(hashtext('kyluat-warehouse:" + config.schema() + "'))::text");
        if (!"true".equals(taken.get(0))) {
            throw new LoadRefusedException("another load of the warehouse schema " + config.schema()
                    + " is running on this server; wait for it to end");
        }
    }

    /** What loads that died left: a loading schema not swapped in, an old one not dropped. */
    private void dropLeftovers(Connection connection) throws SQLException {
        String prefix = config.schema().replace("_", "\\_");
        for (String leftover : strings(
                connection,
                "SELECT nspname FROM pg_namespace WHERE nspname LIKE '" + prefix + "\\_load\\_%' OR nspname LIKE '"
                        + prefix + "\\_old\\_%'")) {
            progress.accept("dropping " + leftover + ", left by a load that did not finish");
            execute(connection, "DROP SCHEMA " + WarehouseSql.quote(leftover) + " CASCADE");
        }
    }

    private static List<String> tablesOf(Connection connection, String schema) throws SQLException {
        return strings(
                connection, "SELECT tablename FROM pg_tables WHERE schemaname = '" + schema + "' ORDER BY tablename");
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static List<String> strings(Connection connection, String sql) throws SQLException {
        return rows(connection, sql).stream().map(r -> r[0]).toList();
    }

    private static List<String[]> rows(Connection connection, String sql) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                String[] row = new String[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = result.getString(i + 1);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}

package vn.kyluat.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.kyluat.contract.Mart;
import vn.kyluat.contract.MartGrain;
import vn.kyluat.contract.Quarter;

/** The warehouse loaded from a generated province's real marts, checked against those marts. */
class WarehouseLoadIntegrationTests {
    private static TestDatabase database;
    private static Connection connection;

    @BeforeAll
    static void loadTheProvince() throws Exception {
        SmallProvince.workspace();
        database = TestDatabase.create("load");
        connection = database.connection();
        assertThat(Warehouse.load(SmallProvince.config(database, "kyluat"))).isZero();
    }

    @AfterAll
    static void dropTheDatabase() throws SQLException {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void everyTableEqualsItsMartRowForRow() throws Exception {
        SparkSession spark = spark();
        for (Mart mart : Mart.values()) {
            List<String> columns = Warehouse.rows(
                            connection,
                            "SELECT column_name FROM information_schema.columns"
                                    + " WHERE table_schema = 'kyluat' AND table_name = '" + mart.martName()
                                    + "' ORDER BY ordinal_position")
                    .stream()
                    .map(r -> (String) r.get(0))
                    .toList();
            List<String> expectedColumns = new ArrayList<>(mart.columns());
            expectedColumns.removeAll(MartTable.PERSONAL_DATA);
            assertThat(columns).as(mart.martName() + " columns").isEqualTo(expectedColumns);

            List<List<Object>> inMarts = new ArrayList<>();
            for (Row row : spark.read()
                    .parquet(SmallProvince.publishedSet(SmallProvince.marts())
                            .resolve(mart.martName())
                            .toString())
                    .selectExpr(columns.toArray(String[]::new))
                    .collectAsList()) {
                List<Object> values = new ArrayList<>();
                for (int i = 0; i < row.size(); i++) {
                    values.add(row.get(i));
                }
                inMarts.add(values);
            }
            List<List<Object>> inWarehouse = Warehouse.rows(
                    connection,
                    "SELECT "
                            + String.join(
                                    ", ",
                                    columns.stream().map(WarehouseSql::quote).toList()) + " FROM kyluat."
                            + mart.martName());
            assertThat(sorted(inWarehouse)).as(mart.martName() + " rows").isEqualTo(sorted(inMarts));
            assertThat(primaryKey(mart.martName()))
                    .as(mart.martName() + " primary key")
                    .isEqualTo(MartGrain.of(mart));
        }
        assertThat(Warehouse.count(connection, "SELECT count(*) FROM kyluat.task_quarter_facts"))
                .isGreaterThan(3000);
    }

    @Test
    void columnsAreTypedFromTheParquetSchema() throws SQLException {
        Map<String, String> expected = Map.of(
                "org_quarter_metrics.tasks_due",
                "bigint",
                "org_quarter_metrics.on_time_rate",
                "double precision",
                "org_quarter_metrics.watch",
                "boolean",
                "org_quarter_metrics.peer_rank",
                "integer",
                "org_quarter_metrics.quarter",
                "text",
                "task_quarter_facts.assigned_at",
                "timestamp with time zone",
                "task_quarter_facts.due_date",
                "date",
                "rejects.rejected_at",
                "timestamp with time zone");
        for (Map.Entry<String, String> column : expected.entrySet()) {
            String[] name = column.getKey().split("\\.");
            assertThat(Warehouse.rows(
                            connection,
                            "SELECT data_type FROM information_schema.columns WHERE table_schema = 'kyluat'"
                                    + " AND table_name = '" + name[0] + "' AND column_name = '" + name[1] + "'"))
                    .as(column.getKey())
                    .containsExactly(List.of(column.getValue()));
        }
    }

    @Test
    void everyTableViewAndColumnIsCommentedInVietnameseAndEnglish() throws SQLException {
        List<List<Object>> uncommented = Warehouse.rows(
                connection,
                "SELECT c.relname, a.attname FROM pg_class c"
                        + " JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0"
                        + " WHERE n.nspname = 'kyluat' AND c.relkind IN ('r', 'v') AND col_description(c.oid, a.attnum) IS NULL");
        assertThat(uncommented).isEmpty();
        assertThat(
                        Warehouse.rows(
                                connection,
                                "SELECT obj_description('kyluat.org_quarter_metrics'::regclass),"
                                        + " col_description('kyluat.org_quarter_metrics'::regclass, (SELECT attnum FROM pg_attribute"
                                        + " WHERE attrelid = 'kyluat.org_quarter_metrics'::regclass AND attname = 'tasks_due'))"))
                .containsExactly(List.of(Labels.table("org_quarter_metrics"), "Nhiệm vụ đến hạn / Tasks due"));
        assertThat(
                        Warehouse.count(
                                connection,
                                "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                                        + " WHERE n.nspname = 'kyluat' AND c.relkind IN ('r', 'v') AND obj_description(c.oid) LIKE '% / %'"))
                .isEqualTo(Warehouse.count(
                        connection,
                        "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                                + " WHERE n.nspname = 'kyluat' AND c.relkind IN ('r', 'v')"));
    }

    @Test
    void aSecondLoadOfTheSameMartsChangesNothing() throws Exception {
        Map<String, String> before = Warehouse.checksums(connection, "kyluat");
        assertThat(Warehouse.load(SmallProvince.config(database, "kyluat"))).isZero();
        assertThat(Warehouse.checksums(connection, "kyluat"))
                .isEqualTo(before)
                .hasSizeGreaterThan(Mart.values().length);
    }

    @Test
    void aReaderDuringReloadsOnlySeesCompleteVersions() throws Exception {
        Path full = SmallProvince.config(database, "readers");
        Path shorter = SmallProvince.config(database, "readers", SmallProvince.martsWithoutLastQuarter());
        String snapshot = "SELECT (SELECT count(*) FROM readers.task_quarter_facts),"
                + " (SELECT row_count FROM readers.warehouse_tables WHERE table_name = 'task_quarter_facts'),"
                + " (SELECT count(*) FROM readers.org_quarter_metrics), (SELECT count(*) FROM readers.dim_quarter),"
                + " (SELECT count(*) FROM readers.tasks_behind_figures WHERE scope = 'own')";
        assertThat(Warehouse.load(shorter)).isZero();
        List<Object> shorterVersion = Warehouse.rows(connection, snapshot).get(0);
        assertThat(Warehouse.load(full)).isZero();
        List<Object> fullVersion = Warehouse.rows(connection, snapshot).get(0);
        assertThat(fullVersion).isNotEqualTo(shorterVersion);
        assertThat(fullVersion.get(0)).isEqualTo(fullVersion.get(1));

        List<List<Object>> seen = Collections.synchronizedList(new ArrayList<>());
        List<Throwable> errors = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean loading = new AtomicBoolean(true);
        Thread reader = new Thread(() -> {
            try (Connection readerConnection = database.connect()) {
                while (loading.get()) {
                    seen.add(Warehouse.rows(readerConnection, snapshot).get(0));
                }
            } catch (Throwable e) {
                errors.add(e);
            }
        });
        reader.start();
        for (Path config : List.of(shorter, full, shorter, full)) {
            assertThat(Warehouse.load(config)).isZero();
        }
        loading.set(false);
        reader.join();

        assertThat(errors).isEmpty();
        assertThat(seen).hasSizeGreaterThan(10).allSatisfy(v -> assertThat(v).isIn(shorterVersion, fullVersion));
        assertThat(seen).contains(shorterVersion, fullVersion);
    }

    /**
     * Every figure of every quarter, those after the merger too, where tasks still held by a dissolved
     * unit count under its successor.
     */
    @Test
    void theTasksBehindEachUnitsFiguresAddUpToThem() throws SQLException {
        String mismatches = "SELECT m.quarter, m.org_code, m.scope, min(m.tasks_due), count(t.task_code)"
                + " FILTER (WHERE t.outcome IN ('on_time', 'late', 'overdue_open'))"
                + " FROM kyluat.org_quarter_metrics m LEFT JOIN kyluat.tasks_behind_figures t"
                + " ON t.quarter = m.quarter AND t.org_code = m.org_code AND t.scope = m.scope"
                + " GROUP BY m.quarter, m.org_code, m.scope"
                + " HAVING min(m.tasks_due) <> count(t.task_code) FILTER (WHERE t.outcome IN ('on_time', 'late', 'overdue_open'))"
                + " OR min(m.done_on_time) <> count(t.task_code) FILTER (WHERE t.outcome = 'on_time')"
                + " OR min(m.backlog_overdue) <> count(t.task_code) FILTER (WHERE t.outcome IN ('overdue_open', 'backlog'))"
                + " ORDER BY 1, 2, 3";
        assertThat(Warehouse.rows(connection, mismatches))
                .as("(quarter, unit, scope, tasks_due, tasks listed)")
                .isEmpty();
        assertThat(Warehouse.count(
                        connection,
                        "SELECT count(*) FROM kyluat.org_quarter_metrics WHERE scope = 'subtree'"
                                + " AND tasks_due > 0"))
                .isPositive();

        // By hand: the busiest party cell of the latest quarter, its tasks listed one by one.
        List<Object> cell = Warehouse.rows(
                        connection,
                        "SELECT quarter, org_code, tasks_due, done_on_time FROM kyluat.org_quarter_metrics"
                                + " WHERE scope = 'own' AND org_kind = 'party_cell' ORDER BY quarter DESC, tasks_due DESC, org_code LIMIT 1")
                .get(0);
        List<List<Object>> tasks = Warehouse.rows(
                connection,
                "SELECT outcome, counted_under_code FROM kyluat.tasks_behind_figures" + " WHERE quarter = '"
                        + cell.get(0) + "' AND org_code = '" + cell.get(1) + "' AND scope = 'own'");
        assertThat((Long) cell.get(2)).isPositive();
        assertThat(tasks.stream()
                        .filter(t -> List.of("on_time", "late", "overdue_open").contains(t.get(0)))
                        .count())
                .isEqualTo(cell.get(2));
        assertThat(tasks.stream().filter(t -> t.get(0).equals("on_time")).count())
                .isEqualTo(cell.get(3));
        assertThat(tasks).allSatisfy(t -> assertThat(t.get(1)).isEqualTo(cell.get(1)));
    }

    /**
     * The organisation the generator merged (units/expected.json): dim_org gives its validity and
     * successor in every quarter, counts it under itself while it is valid at the quarter's end and under
     * its successor after; then its cells' leftover tasks are listed under the cells that succeeded them,
     * as the successors' figures count them.
     */
    @Test
    void aDissolvedUnitHasItsValidityAndSuccessorAndItsTasksListUnderTheSuccessor() throws Exception {
        JsonNode merged = SmallProvince.expected().get("merged_org");
        String dissolved = merged.get("org_code").asText();
        String successor = merged.get("successor_code").asText();
        LocalDate validTo = LocalDate.parse(merged.get("valid_to").asText());
        String lastWithFigures = (validTo.equals(Quarter.of(validTo).lastDay())
                        ? Quarter.of(validTo)
                        : Quarter.of(validTo).previous())
                .toString();
        String after = Quarter.parse(lastWithFigures).next().toString();

        List<List<Object>> rows = Warehouse.rows(
                connection,
                "SELECT quarter, valid_to, successor_code, counted_under_code,"
                        + " last_quarter FROM kyluat.dim_org WHERE org_code = '" + dissolved + "' ORDER BY quarter");
        assertThat(rows).extracting(r -> r.get(0)).contains(lastWithFigures, after);
        assertThat(rows)
                .allSatisfy(r -> assertThat(r.subList(1, 5))
                        .containsExactly(
                                validTo,
                                successor,
                                ((String) r.get(0)).compareTo(lastWithFigures) <= 0 ? dissolved : successor,
                                lastWithFigures));
        assertThat(Warehouse.rows(
                        connection,
                        "SELECT valid_to, successor_code, counted_under_code FROM kyluat.dim_org"
                                + " WHERE org_code = '" + successor + "' AND quarter = '" + after + "'"))
                .containsExactly(Arrays.asList(null, null, successor));

        for (Map.Entry<String, JsonNode> unit : merged.get("successors").properties()) {
            assertThat(Warehouse.rows(
                            connection,
                            "SELECT counted_under_code FROM kyluat.dim_org" + " WHERE quarter = '" + after
                                    + "' AND org_code = '" + unit.getKey() + "'"))
                    .as(unit.getKey() + " in " + after)
                    .containsExactly(List.of(unit.getValue().asText()));
        }
        List<String> dissolvedCodes = new ArrayList<>();
        merged.get("successors").fieldNames().forEachRemaining(dissolvedCodes::add);
        List<List<Object>> leftovers = Warehouse.rows(
                connection,
                "SELECT org_code, holder_org_code FROM kyluat.tasks_behind_figures" + " WHERE quarter = '" + after
                        + "' AND scope = 'own' AND holder_org_code IN ('" + String.join("', '", dissolvedCodes) + "')");
        assertThat(leftovers)
                .as("tasks still held by a dissolved unit in " + after)
                .isNotEmpty()
                .allSatisfy(t -> assertThat(t.get(0))
                        .isEqualTo(
                                merged.get("successors").get((String) t.get(1)).asText()));
    }

    @Test
    void theWatchListHoldsTheWatchedSubtreeRowsWithTheirParentsNames() throws SQLException {
        assertThat(Warehouse.rows(connection, "SELECT quarter, org_code FROM kyluat.watch_list ORDER BY 1, 2"))
                .isNotEmpty()
                .isEqualTo(Warehouse.rows(
                        connection,
                        "SELECT quarter, org_code FROM kyluat.org_quarter_metrics"
                                + " WHERE scope = 'subtree' AND watch ORDER BY 1, 2"));
        List<Object> watched = Warehouse.rows(
                        connection,
                        "SELECT quarter, parent_code, parent_name FROM kyluat.watch_list"
                                + " WHERE parent_code IS NOT NULL ORDER BY quarter, org_code LIMIT 1")
                .get(0);
        assertThat(watched.get(2))
                .isNotNull()
                .isEqualTo(Warehouse.rows(
                                connection,
                                "SELECT org_name FROM kyluat.org_quarter_metrics" + " WHERE quarter = '"
                                        + watched.get(0) + "' AND org_code = '" + watched.get(1)
                                        + "' AND scope = 'own'")
                        .get(0)
                        .get(0));
    }

    @Test
    void aUnitsFiguresOverTimeComeWithNamesAndQuarterDates() throws SQLException {
        String unit = (String) Warehouse.rows(
                        connection,
                        "SELECT org_code FROM kyluat.org_quarter_metrics"
                                + " WHERE org_kind = 'grassroots_org' AND scope = 'subtree' GROUP BY org_code"
                                + " HAVING count(*) = (SELECT count(*) FROM kyluat.dim_quarter) ORDER BY org_code LIMIT 1")
                .get(0)
                .get(0);
        List<List<Object>> rows = Warehouse.rows(
                connection,
                "SELECT quarter, first_day, last_day, org_name, parent_name, on_time_rate"
                        + " FROM kyluat.org_figures_over_time WHERE org_code = '" + unit
                        + "' AND scope = 'subtree' ORDER BY quarter");
        assertThat(rows).hasSize((int) Warehouse.count(connection, "SELECT count(*) FROM kyluat.dim_quarter"));
        for (List<Object> row : rows) {
            Quarter quarter = Quarter.parse((String) row.get(0));
            assertThat(row.subList(1, 3)).containsExactly(quarter.start(), quarter.lastDay());
            assertThat(row.get(3)).isNotNull();
            assertThat(row.get(4)).as("the bloc committee's name").isNotNull();
        }
    }

    @Test
    void theReadersRolesMayReadEveryTableAndViewOfTheLoad() throws Exception {
        String role = "warehouse_reader_" + ProcessHandle.current().pid();
        Path config = SmallProvince.config(database, "granted");
        Files.writeString(config, "  readers: [" + role + "]\n", StandardOpenOption.APPEND);
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE ROLE " + role + " NOLOGIN");
            try {
                assertThat(Warehouse.load(config)).isZero();
                assertThat(
                                Warehouse.rows(
                                        connection,
                                        "SELECT has_schema_privilege('" + role + "', 'granted', 'USAGE'),"
                                                + " bool_and(has_table_privilege('" + role
                                                + "', c.oid, 'SELECT')), count(*) > 10 FROM pg_class c"
                                                + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'granted' AND c.relkind IN ('r', 'v')"))
                        .containsExactly(List.of(true, true, true));
            } finally {
                statement.execute("DROP SCHEMA IF EXISTS granted CASCADE");
                statement.execute("DROP ROLE " + role);
            }
        }
    }

    /**
     * A source that failed has a data_quality row without a relation, and a reject may have no key:
     * such grains hold nulls, which a primary key refuses.
     */
    @Test
    void aFailedSourcesRowAndARejectWithoutAKeyAreLoaded() throws Exception {
        Path marts = SmallProvince.martsWithoutLastQuarter();
        SparkSession spark = spark();
        for (String[] nulled :
                List.of(new String[] {"data_quality", "relation"}, new String[] {"rejects", "record_key"})) {
            String folder = SmallProvince.publishedSet(marts).resolve(nulled[0]).toString();
            Dataset<Row> rows = spark.read().parquet(folder).cache();
            assertThat(rows.count()).as(nulled[0]).isPositive();
            Dataset<Row> withNull =
                    rows.limit(1).withColumn(nulled[1], functions.lit(null).cast(DataTypes.StringType));
            rows.unionByName(withNull).coalesce(1).write().mode("overwrite").parquet(folder + ".new");
            rows.unpersist();
            SmallProvince.replaceFolder(Path.of(folder + ".new"), Path.of(folder));
        }
        assertThat(Warehouse.load(SmallProvince.config(database, "nulls", marts)))
                .isZero();
        assertThat(Warehouse.count(connection, "SELECT count(*) FROM nulls.data_quality WHERE relation IS NULL"))
                .isEqualTo(1);
        assertThat(Warehouse.count(connection, "SELECT count(*) FROM nulls.rejects WHERE record_key IS NULL"))
                .isEqualTo(1);
        assertThat(Warehouse.rows(
                        connection,
                        "SELECT pg_get_constraintdef(oid) FROM pg_constraint"
                                + " WHERE conrelid = 'nulls.data_quality'::regclass AND contype IN ('p', 'u')"))
                .containsExactly(List.of("UNIQUE NULLS NOT DISTINCT (started_at, run_id, source_id, relation)"));
    }

    private static SparkSession spark() {
        return SparkSession.builder()
                .master("local[1]")
                .appName("warehouse-tests")
                .config("spark.sql.datetime.java8API.enabled", true)
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS")
                .config("spark.ui.enabled", false)
                .config("spark.driver.host", "127.0.0.1")
                .getOrCreate();
    }

    private static List<String> primaryKey(String table) throws SQLException {
        return Warehouse.rows(
                        connection,
                        "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid"
                                + " AND a.attnum = ANY (i.indkey) WHERE i.indrelid = 'kyluat." + table
                                + "'::regclass AND i.indisprimary"
                                + " ORDER BY array_position(i.indkey::int2[], a.attnum)")
                .stream()
                .map(r -> (String) r.get(0))
                .toList();
    }

    private static List<String> sorted(List<List<Object>> rows) {
        return rows.stream()
                .map(Object::toString)
                .sorted(Comparator.naturalOrder())
                .toList();
    }
}

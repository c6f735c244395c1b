package vn.kyluat.warehouse;

import java.util.List;
import java.util.stream.Collectors;
import vn.kyluat.contract.Mart;
import vn.kyluat.contract.Metric;

/** The SQL of a load, for the schema being loaded; every name is quoted. */
final class WarehouseSql {
    private final String schema;

    WarehouseSql(String schema) {
        this.schema = schema;
    }

    static String quote(String identifier) {
        if (!identifier.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain name: " + identifier);
        }
        return "\"" + identifier + "\"";
    }

    String name(String table) {
        return quote(schema) + "." + quote(table);
    }

    String createTable(MartTable table) {
        return "CREATE TABLE " + name(table.name()) + " ("
                + table.columns().stream()
                        .map(c -> quote(c.name()) + " " + c.type().sql())
                        .collect(Collectors.joining(", "))
                + ")";
    }

    /** FREEZE: the table was created in the same transaction, so its rows can be written frozen. */
    String copy(MartTable table) {
        return "COPY " + name(table.name()) + " (" + list(table.columnNames()) + ") FROM STDIN (FORMAT binary, FREEZE)";
    }

    /** Added after the rows: one index build is faster than maintaining it row by row. */
    String primaryKey(String table, List<String> columns) {
        return "ALTER TABLE " + name(table) + " ADD PRIMARY KEY (" + list(columns) + ")";
    }

    /**
     * The grain as a unique key where some grain column holds nulls (a failed source's data_quality
     * row has no relation, a reject may have no key): a primary key refuses nulls; NULLS NOT DISTINCT
     * (PostgreSQL 15) still allows one row per grain.
     */
    String uniqueGrain(MartTable table) {
        return "ALTER TABLE " + name(table.name()) + " ADD CONSTRAINT " + quote(table.name() + "_grain")
                + " UNIQUE NULLS NOT DISTINCT (" + list(table.primaryKey()) + ")";
    }

    String grainHoldsNulls(MartTable table) {
        return "SELECT EXISTS (SELECT 1 FROM " + name(table.name()) + " WHERE "
                + table.primaryKey().stream().map(c -> quote(c) + " IS NULL").collect(Collectors.joining(" OR "))
                + ")::text";
    }

    /**
     * The tree at each quarter's end as mart org_tree gives it (every unit founded by then, dissolved
     * ones too: validity, parent, kind, successor, the unit its facts count under), with the first and
     * last quarter in which the unit has figures of its own (valid on the quarter's last day).
     */
    String dimOrg(MartTable tree) {
        String withFigures = " FILTER (WHERE counted_under_code = org_code) OVER (PARTITION BY org_code)";
        return "CREATE TABLE " + name("dim_org") + " AS SELECT "
                + tree.columnNames().stream().map(WarehouseSql::quote).collect(Collectors.joining(", "))
                + ", min(quarter)" + withFigures + " AS first_quarter, max(quarter)" + withFigures + " AS last_quarter"
                + " FROM " + name(tree.name());
    }

    /** Per quarter, every unit with figures of its own and every such unit in its subtree. */
    String orgClosure() {
        String withFigures = "d.counted_under_code = d.org_code";
        return "CREATE TABLE " + name("org_closure")
                + " AS WITH RECURSIVE closure (quarter, org_code, member_org_code) AS ("
                + " SELECT quarter, org_code, org_code FROM " + name("dim_org") + " d WHERE " + withFigures
                + " UNION ALL SELECT c.quarter, c.org_code, d.org_code FROM closure c JOIN " + name("dim_org")
                + " d ON d.quarter = c.quarter AND d.parent_code = c.member_org_code AND " + withFigures + ")"
                + " SELECT quarter, org_code, member_org_code FROM closure";
    }

    String dimQuarter() {
        return "CREATE TABLE " + name("dim_quarter") + " (quarter text PRIMARY KEY, year integer NOT NULL,"
                + " quarter_of_year integer NOT NULL, first_day date NOT NULL, last_day date NOT NULL, as_of timestamptz NOT NULL)";
    }

    String loadInfo() {
        return "CREATE TABLE " + name("warehouse_load") + " (loaded_at timestamptz NOT NULL, marts text NOT NULL,"
                + " metrics_version text)";
    }

    String tableCounts() {
        return "CREATE TABLE " + name("warehouse_tables") + " (table_name text PRIMARY KEY, row_count bigint NOT NULL)";
    }

    /** Subtree rows on the watch list, with the parent's name; the reasons when the mart gives them. */
    String watchList(MartTable metrics) {
        List<String> wanted = List.of(
                Mart.QUARTER,
                Mart.ORG_CODE,
                Mart.ORG_NAME,
                Mart.ORG_KIND,
                Mart.PARENT_CODE,
                Metric.WATCH_REASONS.column(),
                Metric.RESPONSIBILITY_INDEX.column(),
                Metric.ON_TIME_RATE.column(),
                Metric.SHRUNK_ON_TIME_RATE.column(),
                Metric.FUNNEL_FLAG.column(),
                Metric.PEER_RANK.column(),
                Metric.PEER_COUNT.column(),
                Metric.BACKLOG_OVERDUE.column(),
                Metric.BACKLOG_91_180.column(),
                Metric.BACKLOG_OVER_180.column(),
                Metric.FINDINGS_OPEN_OVERDUE.column());
        String columns = wanted.stream()
                .filter(metrics.columnNames()::contains)
                .map(c -> "m." + quote(c))
                .collect(Collectors.joining(", "));
        return "CREATE VIEW " + name("watch_list") + " AS SELECT " + columns + ", p.org_name AS parent_name"
                + " FROM " + name(metrics.name()) + " m LEFT JOIN " + name("dim_org")
                + " p ON p.quarter = m.quarter AND p.org_code = m.parent_code"
                + " WHERE m.scope = '" + Mart.SCOPE_SUBTREE + "' AND m.watch";
    }

    String figuresOverTime(MartTable metrics) {
        return "CREATE VIEW " + name("org_figures_over_time") + " AS SELECT "
                + metrics.columnNames().stream().map(c -> "m." + quote(c)).collect(Collectors.joining(", "))
                + ", p.org_name AS parent_name, q.first_day, q.last_day"
                + " FROM " + name(metrics.name()) + " m JOIN " + name("dim_quarter") + " q ON q.quarter = m.quarter"
                + " LEFT JOIN " + name("dim_org") + " p ON p.quarter = m.quarter AND p.org_code = m.parent_code";
    }

    /**
     * Own scope: the tasks held by the unit or by a unit counted under it (one it absorbed); subtree:
     * those of every unit in its subtree.
     */
    String tasksBehindFigures(MartTable facts) {
        String columns = facts.columnNames().stream()
                .filter(c -> !c.equals(Mart.QUARTER))
                .map(c -> "f." + quote(c))
                .collect(Collectors.joining(", "));
        return "CREATE VIEW " + name("tasks_behind_figures") + " AS SELECT f.quarter, c.org_code, s.scope, " + columns
                + ", h.org_name AS holder_org_name, h.counted_under_code"
                + " FROM " + name("org_closure") + " c"
                + " CROSS JOIN (VALUES ('" + Mart.SCOPE_OWN + "'), ('" + Mart.SCOPE_SUBTREE + "')) AS s (scope)"
                + " JOIN " + name("dim_org")
                + " h ON h.quarter = c.quarter AND h.counted_under_code = c.member_org_code"
                + " JOIN " + name(facts.name()) + " f ON f.quarter = h.quarter AND f.holder_org_code = h.org_code"
                + " WHERE s.scope = '" + Mart.SCOPE_SUBTREE + "' OR c.member_org_code = c.org_code";
    }

    private static String list(List<String> columns) {
        return columns.stream().map(WarehouseSql::quote).collect(Collectors.joining(", "));
    }
}

package vn.kyluat.bench.analyze;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.kyluat.contract.CurrentVersion;
import vn.kyluat.contract.LakeLayout;
import vn.kyluat.contract.Quarter;
import vn.kyluat.contract.Relation;

/**
 * The benchmark's reference: DuckDB computes docs/metrics.md timeliness and backlog (own scope) from
 * the published versions of the same local lake, then compares them with the Spark mart.
 */
final class DuckDbReference implements AutoCloseable {
    private static final String SCRIPT = "/bench/timeliness_backlog.sql";
    static final List<String> COUNTS = List.of(
            "tasks_due",
            "done_on_time",
            "done_late",
            "overdue_open",
            "extended_tasks",
            "multi_extended_tasks",
            "backlog_overdue",
            "backlog_1_30",
            "backlog_31_90",
            "backlog_91_180",
            "backlog_over_180");
    static final List<String> RATES = List.of("on_time_rate", "completion_rate", "strict_on_time_rate");
    static final double RATE_TOLERANCE = 1e-12;

    record Comparison(long rowsCompared, long rowsWithTasksDue, long mismatches, List<String> examples) {}

    private final Connection connection;

    DuckDbReference() throws SQLException {
        connection = DriverManager.getConnection("jdbc:duckdb:");
    }

    /** Runs the reference script; returns its seconds. */
    double compute(Path lake, List<Quarter> quarters) throws SQLException {
        String sql = script().replace(
                        "${quarters}",
                        quarters.stream()
                                .map(q -> "('" + q + "', DATE '" + q.start() + "', DATE '" + q.end() + "')")
                                .collect(Collectors.joining(", ")))
                .replace("${org_files}", currentFiles(lake, Relation.ORG_UNIT))
                .replace("${task_files}", currentFiles(lake, Relation.TASK))
                .replace("${event_files}", currentFiles(lake, Relation.TASK_EVENT));
        long start = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            for (String part : sql.split(";\\s*\\n")) {
                if (!part.strip().isEmpty() && !part.strip().lines().allMatch(l -> l.startsWith("--"))) {
                    statement.execute(part);
                }
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** Compares the reference with the own-scope rows of the published Spark mart; a missing row counts as zeros. */
    Comparison compareWith(Path martFolder) throws SQLException {
        String mart = "read_parquet('" + martFolder + "/**/*.parquet', hive_partitioning = true)";
        List<String> differs = new ArrayList<>();
        COUNTS.forEach(c -> differs.add("coalesce(s." + c + ", 0) <> coalesce(r." + c + ", 0)"));
        RATES.forEach(c -> differs.add("NOT ((s." + c + " IS NULL AND r." + c + " IS NULL) OR abs(s." + c + " - r." + c
                + ") <= " + RATE_TOLERANCE + ")"));
        String joined = "FROM (SELECT * FROM " + mart + " WHERE scope = 'own') s FULL JOIN reference r "
                + "ON s.quarter = r.quarter AND s.org_code = r.org_code";
        String condition = String.join(" OR ", differs);
        try (Statement statement = connection.createStatement()) {
            long rows = single(statement, "SELECT count(*) " + joined);
            long withDue = single(statement, "SELECT count(*) " + joined + " WHERE coalesce(r.tasks_due, 0) > 0");
            long mismatches = single(statement, "SELECT count(*) " + joined + " WHERE " + condition);
            List<String> examples = new ArrayList<>();
            try (ResultSet rs =
                    statement.executeQuery("SELECT coalesce(s.quarter, r.quarter), coalesce(s.org_code, r.org_code), "
                            + "s.tasks_due, r.tasks_due, s.backlog_overdue, r.backlog_overdue, s.on_time_rate, r.on_time_rate "
                            + joined + " WHERE " + condition + " ORDER BY 1, 2 LIMIT 5")) {
                while (rs.next()) {
                    examples.add(String.format(
                            "%s %s: tasks_due spark=%s duckdb=%s, backlog spark=%s duckdb=%s, on_time_rate spark=%s duckdb=%s",
                            rs.getString(1),
                            rs.getString(2),
                            rs.getObject(3),
                            rs.getObject(4),
                            rs.getObject(5),
                            rs.getObject(6),
                            rs.getObject(7),
                            rs.getObject(8)));
                }
            }
            return new Comparison(rows, withDue, mismatches, examples);
        }
    }

    private static long single(Statement statement, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The Parquet parts of the version each source's {@code _current} names, as a DuckDB list literal. */
    static String currentFiles(Path lake, Relation relation) {
        Path relationDir = Path.of(LakeLayout.relationDir(lake.toString(), relation));
        List<String> files = new ArrayList<>();
        try (Stream<Path> sources = Files.list(relationDir)) {
            for (Path source : sources.sorted().toList()) {
                Path pointer = source.resolve(LakeLayout.CURRENT_POINTER);
                if (Files.exists(pointer)) {
                    String version = CurrentVersion.parse(Files.readString(pointer, StandardCharsets.UTF_8))
                            .version();
                    files.add("'" + source.resolve(version) + "/*.parquet'");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + relationDir, e);
        }
        return "[" + String.join(", ", files) + "]";
    }

    private static String script() {
        try (InputStream in = DuckDbReference.class.getResourceAsStream(SCRIPT)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}

package vn.kyluat.etl.source;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import vn.kyluat.contract.Relation;
import vn.kyluat.etl.config.SourceConfig;

/**
 * The SQL that reads a relation from a JDBC source: the source's own mapping, or the reference
 * mapping ({@code SELECT <contract columns> FROM <relation>}), wrapped with the watermark filter
 * and the order that keeps duplicates of a key next to each other, the one to keep first.
 */
public final class RelationQueries {
    private RelationQueries() {}

    public static String mapping(SourceConfig source, Relation relation) {
        return source.sqlOverride(relation)
                .orElseGet(
                        () -> "SELECT " + String.join(", ", relation.columnNames()) + " FROM " + relation.tableName());
    }

    /**
     * Incremental reads take rows past the watermark (a {@code ?} parameter); whole reloads take
     * every row. A resumed read (a restarted step) takes only rows after the last committed key (one
     * more {@code ?}, after the watermark's). Rows come by key, then latest watermark first, so the
     * first row of a key is the one kept.
     *
     * @param sourceColumn the source's (quoted) column of a contract column: a mapping may alias its
     *     columns in another case, which an unquoted name would not find
     */
    public static String extraction(
            String mapping,
            Relation relation,
            boolean incremental,
            boolean resumed,
            UnaryOperator<String> sourceColumn) {
        return "SELECT * FROM (" + mapping + ") s"
                + where(relation, sourceColumn, incremental ? "?" : null, resumed ? "?" : null) + " ORDER BY "
                + orderBy(relation, sourceColumn);
    }

    /**
     * The same read as {@link #extraction} as a binary COPY: COPY takes no parameters, so the
     * watermark is a literal (a typed value, never text from a source) and the key to resume after is
     * an expression the caller binds beforehand (for example a session setting).
     *
     * @param columns the select list, contract order
     * @param sourceColumn the source's (quoted) column of a contract column
     * @param watermark the typed watermark (Instant or Long), or null to read everything
     * @param afterKey the expression of the last committed key, or null on a first read
     */
    public static String copyExtraction(
            String mapping,
            Relation relation,
            List<String> columns,
            UnaryOperator<String> sourceColumn,
            Object watermark,
            String afterKey) {
        String where = where(relation, sourceColumn, watermark == null ? null : literal(watermark), afterKey);
        return "COPY (SELECT " + String.join(", ", columns) + " FROM (" + mapping + ") s" + where + " ORDER BY "
                + orderBy(relation, sourceColumn) + ") TO STDOUT (FORMAT binary)";
    }

    /** Rows past the watermark and after the key, each bound when given; null keys sort last, so they always come after. */
    private static String where(Relation relation, UnaryOperator<String> column, String watermark, String afterKey) {
        List<String> conditions = new ArrayList<>();
        if (watermark != null) {
            conditions.add(column.apply(relation.watermarkColumn().orElseThrow()) + " > " + watermark);
        }
        if (afterKey != null) {
            String key = column.apply(relation.keyColumn());
            conditions.add("(" + key + " > " + afterKey + " OR " + key + " IS NULL)");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static String literal(Object watermark) {
        if (watermark instanceof Instant instant) {
            return "TIMESTAMPTZ '" + instant + "'";
        }
        if (watermark instanceof Long id) {
            return Long.toString(id);
        }
        throw new IllegalArgumentException(
                "no watermark of type " + watermark.getClass().getSimpleName());
    }

    /** The mapping's result without rows: its column names and types. */
    public static String shape(String mapping) {
        return "SELECT * FROM (" + mapping + ") s WHERE 1 = 0";
    }

    /** The key census of a relation: its key column alone ({@code sourceKey}, the mapping's own quoted column). */
    public static String keys(String mapping, String sourceKey) {
        return "SELECT " + sourceKey + " FROM (" + mapping + ") s";
    }

    /** Census of the organisation codes a registry delivers. */
    public static String orgCodes(String orgUnitMapping) {
        return "SELECT org_code FROM (" + orgUnitMapping + ") s";
    }

    /** The extraction order: by key, then latest watermark first. */
    public static String orderBy(Relation relation) {
        return orderBy(relation, UnaryOperator.identity());
    }

    /**
     * Nulls last without NULLS LAST, which MariaDB and MySQL lack; null keys last too, as restarts need.
     * Every column of the key, so that the duplicates of a key of several columns are next to each other.
     */
    private static String orderBy(Relation relation, UnaryOperator<String> column) {
        String byKey = relation.keyColumns().stream()
                .map(k -> nullsLast(column.apply(k)) + ", " + column.apply(k))
                .collect(Collectors.joining(", "));
        return relation.watermarkColumn()
                .filter(w -> !w.equals(relation.keyColumn()))
                .map(w -> byKey + ", " + nullsLast(column.apply(w)) + ", " + column.apply(w) + " DESC")
                .orElse(byKey);
    }

    private static String nullsLast(String column) {
        return "CASE WHEN " + column + " IS NULL THEN 1 ELSE 0 END";
    }
}

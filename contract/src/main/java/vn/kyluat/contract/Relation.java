package vn.kyluat.contract;

import static vn.kyluat.contract.Column.optional;
import static vn.kyluat.contract.Column.required;
import static vn.kyluat.contract.ColumnType.BIGINT;
import static vn.kyluat.contract.ColumnType.BOOLEAN;
import static vn.kyluat.contract.ColumnType.DATE;
import static vn.kyluat.contract.ColumnType.TEXT;
import static vn.kyluat.contract.ColumnType.TIMESTAMP;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The six relations a unit system exposes (docs/contract.md), with their columns, key and incremental
 * watermark. Column order here is the order of the lake's Parquet files; the lake adds
 * {@link #SOURCE_ID} in front of them.
 */
public enum Relation {
    ORG_UNIT(
            List.of("org_code"),
            null,
            true,
            required("org_code", TEXT),
            required("name", TEXT),
            optional("parent_code", TEXT),
            required("kind", TEXT, "bloc_committee", "grassroots_org", "party_cell", "agency", "department"),
            required("valid_from", DATE),
            optional("valid_to", DATE),
            optional("successor_code", TEXT)),
    /** Keyed by person and start: a person who moves unit has one row per membership. */
    STAFF(
            List.of("person_code", "valid_from"),
            null,
            true,
            required("person_code", TEXT),
            required("full_name", TEXT),
            required("org_code", TEXT),
            required("role", TEXT, "head", "deputy", "member"),
            required("party_member", BOOLEAN),
            required("valid_from", DATE),
            optional("valid_to", DATE)),
    TASK(
            List.of("task_code"),
            "updated_at",
            false,
            required("task_code", TEXT),
            required("title", TEXT),
            optional("origin_ref", TEXT),
            optional("lead_org_code", TEXT),
            optional("assignee_code", TEXT),
            required("assigned_by_org_code", TEXT),
            required("assigned_at", TIMESTAMP),
            required("due_date", DATE),
            required("priority", TEXT, "urgent", "normal"),
            required("authority", TEXT, "within", "beyond"),
            required("status", TEXT, "open", "in_progress", "completed", "cancelled"),
            optional("completed_at", TIMESTAMP),
            optional("cancelled_at", TIMESTAMP),
            required("updated_at", TIMESTAMP)),
    TASK_EVENT(
            List.of("event_id"),
            "event_id",
            false,
            required("event_id", BIGINT),
            required("task_code", TEXT),
            required("event_type", TEXT, EventType.ALL.toArray(String[]::new)),
            required("occurred_at", TIMESTAMP),
            optional("from_org_code", TEXT),
            optional("to_org_code", TEXT),
            optional("new_due_date", DATE),
            optional("note", TEXT)),
    DISCIPLINE_ACTION(
            List.of("action_code"),
            null,
            false,
            required("action_code", TEXT),
            required("person_code", TEXT),
            required("org_code", TEXT),
            required("kind", TEXT, Mart.DISCIPLINE_KINDS), // the kinds the discipline_by_kind mart counts
            required("reason", TEXT, "responsibility_avoidance", "other"),
            required("decided_at", DATE)),
    INSPECTION_FINDING(
            List.of("finding_code"),
            null,
            false,
            required("finding_code", TEXT),
            required("org_code", TEXT),
            required("found_at", DATE),
            required("remedy_due_date", DATE),
            optional("remedied_at", DATE),
            required("severity", TEXT, "low", "medium", "high"));

    /** Column the lake adds to every row: the id of the source the row came from. */
    public static final String SOURCE_ID = "source_id";

    private final List<String> keyColumns;
    private final String watermarkColumn;
    private final boolean registryOnly;
    private final List<Column> columns;
    // Looked up per row and per key on the extraction's hot paths (typing a key, the read window):
    // made once, not searched for on each call.
    private final List<String> columnNames;
    private final Map<String, Column> byName;

    Relation(List<String> keyColumns, String watermarkColumn, boolean registryOnly, Column... columns) {
        this.keyColumns = keyColumns;
        this.watermarkColumn = watermarkColumn;
        this.registryOnly = registryOnly;
        this.columns = List.of(columns);
        this.columnNames = this.columns.stream().map(Column::name).toList();
        this.byName = this.columns.stream().collect(Collectors.toUnmodifiableMap(Column::name, c -> c));
    }

    /** The relation's name in sources, the lake and configuration: {@code task_event}. */
    public String tableName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Relation fromTableName(String name) {
        return Arrays.stream(values())
                .filter(r -> r.tableName().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown relation '" + name + "'; expected one of "
                        + Arrays.stream(values()).map(Relation::tableName).toList()));
    }

    /**
     * The key's first column: rows are read in its order, a chunk never splits its rows and a restart
     * resumes after its last committed value. Alone it is the whole key but for staff.
     */
    public String keyColumn() {
        return keyColumns.get(0);
    }

    /** The columns whose values one source delivers once: a second row with the same values is a duplicate. */
    public List<String> keyColumns() {
        return keyColumns;
    }

    /** The incremental watermark column ({@code updated_at}, {@code event_id}); empty: reloaded whole. */
    public Optional<String> watermarkColumn() {
        return Optional.ofNullable(watermarkColumn);
    }

    /** Whether only the organisation registry source delivers this relation. */
    public boolean registryOnly() {
        return registryOnly;
    }

    public List<Column> columns() {
        return columns;
    }

    public Column column(String name) {
        Column column = byName.get(name);
        if (column == null) {
            throw new IllegalArgumentException(tableName() + " has no column '" + name + "'");
        }
        return column;
    }

    public List<String> columnNames() {
        return columnNames;
    }
}

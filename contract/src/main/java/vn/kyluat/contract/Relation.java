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
            List.of(Relation.ORG_CODE),
            null,
            true,
            required(Relation.ORG_CODE, TEXT),
            required(Relation.NAME, TEXT),
            optional(Relation.PARENT_CODE, TEXT),
            required(Relation.KIND, TEXT, "bloc_committee", "grassroots_org", "party_cell", "agency", "department"),
            required(Relation.VALID_FROM, DATE),
            optional(Relation.VALID_TO, DATE),
            optional(Relation.SUCCESSOR_CODE, TEXT)),
    /** Keyed by person and start: a person who moves unit has one row per membership. */
    STAFF(
            List.of(Relation.PERSON_CODE, Relation.VALID_FROM),
            null,
            true,
            required(Relation.PERSON_CODE, TEXT),
            required(Relation.FULL_NAME, TEXT),
            required(Relation.ORG_CODE, TEXT),
            required(Relation.ROLE, TEXT, "head", "deputy", "member"),
            required(Relation.PARTY_MEMBER, BOOLEAN),
            required(Relation.VALID_FROM, DATE),
            optional(Relation.VALID_TO, DATE)),
    TASK(
            List.of(Relation.TASK_CODE),
            Relation.UPDATED_AT,
            false,
            required(Relation.TASK_CODE, TEXT),
            required(Relation.TITLE, TEXT),
            optional(Relation.ORIGIN_REF, TEXT),
            optional(Relation.LEAD_ORG_CODE, TEXT),
            optional(Relation.ASSIGNEE_CODE, TEXT),
            required(Relation.ASSIGNED_BY_ORG_CODE, TEXT),
            required(Relation.ASSIGNED_AT, TIMESTAMP),
            required(Relation.DUE_DATE, DATE),
            required(Relation.PRIORITY, TEXT, "urgent", "normal"),
            required(Relation.AUTHORITY, TEXT, "within", "beyond"),
            required(Relation.STATUS, TEXT, "open", "in_progress", "completed", "cancelled"),
            optional(Relation.COMPLETED_AT, TIMESTAMP),
            optional(Relation.CANCELLED_AT, TIMESTAMP),
            required(Relation.UPDATED_AT, TIMESTAMP)),
    TASK_EVENT(
            List.of(Relation.EVENT_ID),
            Relation.EVENT_ID,
            false,
            required(Relation.EVENT_ID, BIGINT),
            required(Relation.TASK_CODE, TEXT),
            required(Relation.EVENT_TYPE, TEXT, EventType.ALL.toArray(String[]::new)),
            required(Relation.OCCURRED_AT, TIMESTAMP),
            optional(Relation.FROM_ORG_CODE, TEXT),
            optional(Relation.TO_ORG_CODE, TEXT),
            optional(Relation.NEW_DUE_DATE, DATE),
            optional(Relation.NOTE, TEXT)),
    DISCIPLINE_ACTION(
            List.of(Relation.ACTION_CODE),
            null,
            false,
            required(Relation.ACTION_CODE, TEXT),
            required(Relation.PERSON_CODE, TEXT),
            required(Relation.ORG_CODE, TEXT),
            required(Relation.KIND, TEXT, Mart.DISCIPLINE_KINDS), // the kinds the discipline_by_kind mart counts
            required(Relation.REASON, TEXT, "responsibility_avoidance", "other"),
            required(Relation.DECIDED_AT, DATE)),
    INSPECTION_FINDING(
            List.of(Relation.FINDING_CODE),
            null,
            false,
            required(Relation.FINDING_CODE, TEXT),
            required(Relation.ORG_CODE, TEXT),
            required(Relation.FOUND_AT, DATE),
            required(Relation.REMEDY_DUE_DATE, DATE),
            optional(Relation.REMEDIED_AT, DATE),
            required(Relation.SEVERITY, TEXT, "low", "medium", "high"));

    /** Column the lake adds to every row: the id of the source the row came from. */
    public static final String SOURCE_ID = "source_id";

    // The columns' names, each once (several relations share one); the values above name them qualified, as
    // Relation.X: a simple name there would be a forward reference.
    public static final String ORG_CODE = "org_code";
    public static final String NAME = "name";
    public static final String PARENT_CODE = "parent_code";
    public static final String KIND = "kind";
    public static final String VALID_FROM = "valid_from";
    public static final String VALID_TO = "valid_to";
    public static final String SUCCESSOR_CODE = "successor_code";
    public static final String PERSON_CODE = "person_code";
    public static final String FULL_NAME = "full_name";
    public static final String ROLE = "role";
    public static final String PARTY_MEMBER = "party_member";
    public static final String TASK_CODE = "task_code";
    public static final String TITLE = "title";
    public static final String ORIGIN_REF = "origin_ref";
    public static final String LEAD_ORG_CODE = "lead_org_code";
    public static final String ASSIGNEE_CODE = "assignee_code";
    public static final String ASSIGNED_BY_ORG_CODE = "assigned_by_org_code";
    public static final String ASSIGNED_AT = "assigned_at";
    public static final String DUE_DATE = "due_date";
    public static final String PRIORITY = "priority";
    public static final String AUTHORITY = "authority";
    public static final String STATUS = "status";
    public static final String COMPLETED_AT = "completed_at";
    public static final String CANCELLED_AT = "cancelled_at";
    public static final String UPDATED_AT = "updated_at";
    public static final String EVENT_ID = "event_id";
    public static final String EVENT_TYPE = "event_type";
    public static final String OCCURRED_AT = "occurred_at";
    public static final String FROM_ORG_CODE = "from_org_code";
    public static final String TO_ORG_CODE = "to_org_code";
    public static final String NEW_DUE_DATE = "new_due_date";
    public static final String NOTE = "note";
    public static final String ACTION_CODE = "action_code";
    public static final String REASON = "reason";
    public static final String DECIDED_AT = "decided_at";
    public static final String FINDING_CODE = "finding_code";
    public static final String FOUND_AT = "found_at";
    public static final String REMEDY_DUE_DATE = "remedy_due_date";
    public static final String REMEDIED_AT = "remedied_at";
    public static final String SEVERITY = "severity";

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

package vn.kyluat.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import vn.kyluat.analytics.lake.LakeTables;
import vn.kyluat.contract.Column;
import vn.kyluat.contract.Relation;
import vn.kyluat.contract.Zone;

/**
 * A tiny hand-made lake for tests. Times are written as local (+07:00) wall-clock strings such
 * as {@code "2024-09-30T23:30"}, dates as {@code "2024-09-30"}; every row gets source {@code s1}
 * unless told otherwise.
 */
public final class LakeBuilder {
    public static final String SOURCE = "s1";

    private final Map<Relation, List<Object[]>> rows = new EnumMap<>(Relation.class);
    private long nextEventId = 1;

    public LakeBuilder() {
        for (Relation relation : Relation.values()) {
            rows.put(relation, new ArrayList<>());
        }
    }

    /** A local wall-clock time as the instant it names. */
    public static Instant local(String localDateTime) {
        return LocalDateTime.parse(localDateTime).toInstant(Zone.VIETNAM);
    }

    public static LocalDate date(String isoDate) {
        return isoDate == null ? null : LocalDate.parse(isoDate);
    }

    public LakeBuilder org(String code, String parent, String kind) {
        return org(code, parent, kind, "2020-01-01", null, null);
    }

    public LakeBuilder org(
            String code, String parent, String kind, String validFrom, String validTo, String successor) {
        rows.get(Relation.ORG_UNIT).add(new Object[] {
            SOURCE, code, "Tổ chức " + code, parent, kind, date(validFrom), date(validTo), successor
        });
        return this;
    }

    /** The tree most tests use: ROOT (bloc) → G (grassroots) → cells C1, C2. */
    public LakeBuilder standardTree() {
        return org("ROOT", null, "bloc_committee")
                .org("G", "ROOT", "grassroots_org")
                .org("C1", "G", "party_cell")
                .org("C2", "G", "party_cell");
    }

    public LakeBuilder member(String person, String org, boolean partyMember, String validFrom, String validTo) {
        return staff(person, org, "member", partyMember, validFrom, validTo);
    }

    /** A staff row of a party member in {@code role} (head, deputy, member). */
    public LakeBuilder staff(String person, String org, String role, String validFrom, String validTo) {
        return staff(person, org, role, true, validFrom, validTo);
    }

    private LakeBuilder staff(
            String person, String org, String role, boolean partyMember, String validFrom, String validTo) {
        rows.get(Relation.STAFF).add(new Object[] {
            SOURCE, person, "Người " + person, org, role, partyMember, date(validFrom), date(validTo)
        });
        return this;
    }

    public TaskRow task(String code) {
        return new TaskRow(code);
    }

    public LakeBuilder event(String task, String type, String at, String from, String to, String newDue) {
        rows.get(Relation.TASK_EVENT)
                .add(new Object[] {SOURCE, nextEventId++, task, type, local(at), from, to, date(newDue), null});
        return this;
    }

    public LakeBuilder transfer(String task, String at, String from, String to) {
        return event(task, "transferred", at, from, to, null);
    }

    public LakeBuilder giveBack(String task, String at, String from, String to) {
        return event(task, "returned", at, from, to, null);
    }

    public LakeBuilder extend(String task, String at, String newDue) {
        return event(task, "extended", at, null, null, newDue);
    }

    public LakeBuilder escalate(String task, String at, String from) {
        return event(task, "escalated", at, from, "ROOT", null);
    }

    public LakeBuilder finding(String code, String org, String foundAt, String remedyDue, String remediedAt) {
        rows.get(Relation.INSPECTION_FINDING)
                .add(new Object[] {SOURCE, code, org, date(foundAt), date(remedyDue), date(remediedAt), "medium"});
        return this;
    }

    public LakeBuilder discipline(String code, String person, String org, String decidedAt) {
        return discipline(code, person, org, decidedAt, "reprimand");
    }

    public LakeBuilder discipline(String code, String person, String org, String decidedAt, String kind) {
        rows.get(Relation.DISCIPLINE_ACTION)
                .add(new Object[] {SOURCE, code, person, org, kind, "responsibility_avoidance", date(decidedAt)});
        return this;
    }

    public LakeTables build() {
        SparkSession spark = SparkTestSession.get();
        Map<Relation, Dataset<Row>> tables = new EnumMap<>(Relation.class);
        for (Relation relation : Relation.values()) {
            List<Row> data = rows.get(relation).stream().map(RowFactory::create).toList();
            tables.put(relation, spark.createDataFrame(data, schema(relation)));
        }
        return new LakeTables(tables);
    }

    public static StructType schema(Relation relation) {
        StructType schema = new StructType().add(Relation.SOURCE_ID, DataTypes.StringType, false);
        for (Column column : relation.columns()) {
            schema = schema.add(column.name(), sparkType(column), !column.required());
        }
        return schema;
    }

    private static DataType sparkType(Column column) {
        return switch (column.type()) {
            case TEXT -> DataTypes.StringType;
            case DATE -> DataTypes.DateType;
            case TIMESTAMP -> DataTypes.TimestampType;
            case BIGINT -> DataTypes.LongType;
            case BOOLEAN -> DataTypes.BooleanType;
        };
    }

    /** A task being described; {@link #add()} puts it in the lake. */
    public final class TaskRow {
        private final String code;
        private String source = SOURCE;
        private String originRef;
        private String lead;
        private String assignee;
        private String assignedAt = "2024-07-01T09:00";
        private String due = "2024-09-30";
        private String priority = "normal";
        private String authority = "beyond";
        private String completedAt;
        private String cancelledAt;

        private TaskRow(String code) {
            this.code = code;
        }

        public TaskRow source(String sourceId) {
            source = sourceId;
            return this;
        }

        public TaskRow originRef(String ref) {
            originRef = ref;
            return this;
        }

        public TaskRow lead(String org) {
            lead = org;
            return this;
        }

        public TaskRow assignee(String person) {
            assignee = person;
            return this;
        }

        public TaskRow assigned(String at) {
            assignedAt = at;
            return this;
        }

        public TaskRow due(String date) {
            due = date;
            return this;
        }

        public TaskRow urgent() {
            priority = "urgent";
            return this;
        }

        public TaskRow withinAuthority() {
            authority = "within";
            return this;
        }

        public TaskRow completed(String at) {
            completedAt = at;
            return this;
        }

        public TaskRow cancelled(String at) {
            cancelledAt = at;
            return this;
        }

        public LakeBuilder add() {
            String status = cancelledAt != null ? "cancelled" : completedAt != null ? "completed" : "open";
            Instant updated = local(cancelledAt != null ? cancelledAt : completedAt != null ? completedAt : assignedAt);
            rows.get(Relation.TASK).add(new Object[] {
                source,
                code,
                "Nhiệm vụ " + code,
                originRef,
                lead,
                assignee,
                "ROOT",
                local(assignedAt),
                date(due),
                priority,
                authority,
                status,
                completedAt == null ? null : local(completedAt),
                cancelledAt == null ? null : local(cancelledAt),
                updated
            });
            return LakeBuilder.this;
        }
    }
}

package vn.kyluat.sample;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.kyluat.contract.EventType;
import vn.kyluat.contract.RejectRule;
import vn.kyluat.contract.Relation;
import vn.kyluat.contract.Zone;

/**
 * Makes one bad record breaking exactly one {@link RejectRule}, from a good record of the same
 * source. Every bad record is an extra row with a key of its own (except the stale copy of a
 * duplicate key), so rejecting it never touches a good record and the expected counts are exact.
 */
final class BadRecords {
    /** An org code no registry row has: grassroots and cells are numbered from 1. */
    static final String UNKNOWN_ORG = "CS000-CB00";

    static final Instant FUTURE = LocalDate.of(2099, 1, 5).atTime(9, 0).toInstant(Zone.VIETNAM);

    private BadRecords() {}

    /** The relations a rule is planted in, taken in turn. */
    static List<Relation> relationsFor(RejectRule rule, boolean registry) {
        if (registry) {
            return switch (rule) {
                case MISSING_REQUIRED, NOT_IN_ENUMERATION -> List.of(Relation.STAFF, Relation.ORG_UNIT);
                case UNKNOWN_ORG -> List.of(Relation.STAFF);
                default -> List.of();
            };
        }
        return switch (rule) {
            case MISSING_REQUIRED, MALFORMED_VALUE, NOT_IN_ENUMERATION ->
                List.of(Relation.TASK, Relation.TASK_EVENT, Relation.INSPECTION_FINDING, Relation.DISCIPLINE_ACTION);
            case DUE_BEFORE_ASSIGNED, COMPLETED_BEFORE_ASSIGNED, DUPLICATE_KEY -> List.of(Relation.TASK);
            case EVENT_FOR_UNKNOWN_TASK, OCCURRED_IN_FUTURE, HANDOFF_WITHOUT_TARGET, EXTENSION_WITHOUT_DATE ->
                List.of(Relation.TASK_EVENT);
            case UNKNOWN_ORG -> List.of(Relation.TASK, Relation.INSPECTION_FINDING, Relation.DISCIPLINE_ACTION);
        };
    }

    /** Whether {@code task} can serve as the template of this bad record. */
    static boolean fits(RejectRule rule, SimulatedTask task) {
        return rule != RejectRule.DUPLICATE_KEY || task.events().size() >= 2;
    }

    static RawRow task(RejectRule rule, TaskRow real, String newCode) {
        RawRow base = RawRow.copyOf(real)
                .with("task_code", newCode)
                .with("origin_ref", null)
                .with("status", "in_progress")
                .with("completed_at", null)
                .with("cancelled_at", null);
        Instant assigned = real.assignedAt();
        return switch (rule) {
            case MISSING_REQUIRED -> base.with("title", null);
            case MALFORMED_VALUE -> base.with("due_date", new PlantedBadValue("15/13/2025"));
            case NOT_IN_ENUMERATION -> base.with("priority", "khẩn");
            case DUE_BEFORE_ASSIGNED ->
                base.with("due_date", Zone.localDate(assigned).minusDays(3));
            case COMPLETED_BEFORE_ASSIGNED ->
                base.with("status", "completed").with("completed_at", assigned.minusSeconds(2 * 86_400));
            case UNKNOWN_ORG -> base.with("lead_org_code", UNKNOWN_ORG);
            default -> throw new IllegalArgumentException(rule + " is not planted in task rows");
        };
    }

    /** An earlier state of a real task under the same key: rejected as the older duplicate. */
    static RawRow staleDuplicate(SimulatedTask real) {
        List<TaskEvent> events = real.events();
        Instant earlier = events.size() >= 2
                ? events.get(events.size() - 2).occurredAt()
                : real.task().updatedAt().minusSeconds(3600);
        return RawRow.copyOf(real.task())
                .with("status", "in_progress")
                .with("completed_at", null)
                .with("cancelled_at", null)
                .with("updated_at", earlier);
    }

    static RawRow event(RejectRule rule, TaskRow real, long eventId, String unknownTaskCode, int occurrence) {
        TaskEvent reminder = new TaskEvent(
                EventType.REMINDED,
                real.assignedAt().plusSeconds(3600),
                real.assignedByOrgCode(),
                real.leadOrgCode(),
                null,
                "Nhắc việc");
        RawRow base = RawRow.copyOf(new TaskEventRow(eventId, real.taskCode(), reminder));
        return switch (rule) {
            case MISSING_REQUIRED -> base.with("occurred_at", null);
            case MALFORMED_VALUE -> base.with("occurred_at", new PlantedBadValue("2025-07-32T08:00:00"));
            case NOT_IN_ENUMERATION -> base.with("event_type", "forwarded");
            case EVENT_FOR_UNKNOWN_TASK -> base.with("task_code", unknownTaskCode);
            case OCCURRED_IN_FUTURE -> base.with("occurred_at", FUTURE);
            case HANDOFF_WITHOUT_TARGET ->
                base.with("event_type", occurrence % 2 == 0 ? EventType.TRANSFERRED : EventType.RETURNED)
                        .with("from_org_code", real.leadOrgCode())
                        .with("to_org_code", null);
            case EXTENSION_WITHOUT_DATE ->
                base.with("event_type", EventType.EXTENDED).with("new_due_date", null);
            default -> throw new IllegalArgumentException(rule + " is not planted in task_event rows");
        };
    }

    static RawRow finding(RejectRule rule, InspectionFindingRow real, String newCode) {
        RawRow base = RawRow.copyOf(real).with("finding_code", newCode);
        return switch (rule) {
            case MISSING_REQUIRED -> base.with("found_at", null);
            case MALFORMED_VALUE -> base.with("remedy_due_date", new PlantedBadValue("Q2/2025"));
            case NOT_IN_ENUMERATION -> base.with("severity", "nghiêm trọng");
            case UNKNOWN_ORG -> base.with("org_code", UNKNOWN_ORG);
            default -> throw new IllegalArgumentException(rule + " is not planted in inspection_finding rows");
        };
    }

    static RawRow action(RejectRule rule, DisciplineActionRow real, String newCode) {
        RawRow base = RawRow.copyOf(real).with("action_code", newCode);
        return switch (rule) {
            case MISSING_REQUIRED -> base.with("kind", null);
            case MALFORMED_VALUE -> base.with("decided_at", new PlantedBadValue("32/05/2025"));
            case NOT_IN_ENUMERATION -> base.with("kind", "khiển trách");
            case UNKNOWN_ORG -> base.with("org_code", UNKNOWN_ORG);
            default -> throw new IllegalArgumentException(rule + " is not planted in discipline_action rows");
        };
    }

    static RawRow staff(RejectRule rule, StaffRow real, String newCode) {
        RawRow base = RawRow.copyOf(real).with("person_code", newCode);
        return switch (rule) {
            case MISSING_REQUIRED -> base.with("full_name", null);
            case NOT_IN_ENUMERATION -> base.with("role", "bí thư");
            case UNKNOWN_ORG -> base.with("org_code", UNKNOWN_ORG);
            default -> throw new IllegalArgumentException(rule + " is not planted in staff rows");
        };
    }

    static RawRow org(RejectRule rule, OrgUnitRow real, String newCode) {
        RawRow base = RawRow.copyOf(real)
                .with("org_code", newCode)
                .with("valid_to", null)
                .with("successor_code", null);
        return switch (rule) {
            case MISSING_REQUIRED -> base.with("name", null);
            case NOT_IN_ENUMERATION -> base.with("kind", "chi_bo");
            default -> throw new IllegalArgumentException(rule + " is not planted in org_unit rows");
        };
    }
}

package vn.kyluat.etl.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.kyluat.contract.RejectRule;
import vn.kyluat.contract.Relation;
import vn.kyluat.etl.source.Malformed;

/** Each rule of docs/contract.md, rules a row may break, checked alone: one record that breaks it, one that does not. */
class RowChecksTests {

    @Test
    void aMissingRequiredFieldIsRejectedAndAMissingOptionalOneIsNot() {
        RequiredFieldsCheck check = new RequiredFieldsCheck(Relation.TASK);
        assertThat(check.check(Rows.task("title", null)).rule()).isEqualTo(RejectRule.MISSING_REQUIRED);
        assertThat(check.check(Rows.task("title", null)).detail()).isEqualTo("title is missing");
        assertThat(check.check(Rows.task("lead_org_code", null))).isNull();
    }

    @Test
    void aValueThatCannotBeReadAsItsTypeIsMalformed() {
        WellFormedCheck check = new WellFormedCheck(Relation.TASK);
        Object[] row = Rows.task("due_date", new Malformed("31/02/2024", "a date (yyyy-MM-dd or dd/MM/yyyy)"));
        assertThat(check.check(row).rule()).isEqualTo(RejectRule.MALFORMED_VALUE);
        assertThat(check.check(row).detail())
                .isEqualTo("due_date '31/02/2024' is not a date (yyyy-MM-dd or dd/MM/yyyy)");
        assertThat(check.check(Rows.task())).isNull();
    }

    @Test
    void aValueOutsideItsEnumerationIsRejectedCaseIncluded() {
        EnumerationCheck check = new EnumerationCheck(Relation.TASK);
        assertThat(check.check(Rows.task("priority", "high")).rule()).isEqualTo(RejectRule.NOT_IN_ENUMERATION);
        assertThat(check.check(Rows.task("priority", "Urgent")).rule()).isEqualTo(RejectRule.NOT_IN_ENUMERATION);
        assertThat(check.check(Rows.task("priority", "urgent"))).isNull();
    }

    @Test
    void aDueDateBeforeTheLocalDayOfAssignmentIsRejected() {
        DueNotBeforeAssignedCheck check = new DueNotBeforeAssignedCheck();
        // Assigned 2024-07-01T17:30Z = 2024-07-02 00:30 local: due on 07-01 is before the local day.
        Object[] assignedAfterLocalMidnight = Rows.task("assigned_at", Instant.parse("2024-07-01T17:30:00Z"));
        assertThat(check.check(Rows.with(
                                Relation.TASK, assignedAfterLocalMidnight, "due_date", LocalDate.parse("2024-07-01")))
                        .rule())
                .isEqualTo(RejectRule.DUE_BEFORE_ASSIGNED);
        assertThat(check.check(Rows.with(
                        Relation.TASK, assignedAfterLocalMidnight, "due_date", LocalDate.parse("2024-07-02"))))
                .isNull();
    }

    @Test
    void aCompletionBeforeTheAssignmentIsRejected() {
        CompletedNotBeforeAssignedCheck check = new CompletedNotBeforeAssignedCheck();
        assertThat(check.check(Rows.task("completed_at", Instant.parse("2024-07-01T00:59:59Z")))
                        .rule())
                .isEqualTo(RejectRule.COMPLETED_BEFORE_ASSIGNED);
        assertThat(check.check(Rows.task("completed_at", Instant.parse("2024-07-01T01:00:00Z"))))
                .isNull();
    }

    @Test
    void anEventForATaskTheSourceDoesNotHoldIsRejected() {
        KnownTaskCheck check = new KnownTaskCheck(Set.of("T1"));
        assertThat(check.check(Rows.event("task_code", "T9")).rule()).isEqualTo(RejectRule.EVENT_FOR_UNKNOWN_TASK);
        assertThat(check.check(Rows.event())).isNull();
    }

    @Test
    void anEventMoreThanADayAfterTheRunStartedIsRejected() {
        NotInFutureCheck check = new NotInFutureCheck(Instant.parse("2024-10-01T00:00:00Z"));
        assertThat(check.check(Rows.event("occurred_at", Instant.parse("2024-10-02T00:00:01Z")))
                        .rule())
                .isEqualTo(RejectRule.OCCURRED_IN_FUTURE);
        assertThat(check.check(Rows.event("occurred_at", Instant.parse("2024-10-02T00:00:00Z"))))
                .isNull();
    }

    @Test
    void anOrganisationCodeOutsideTheRegistryIsRejected() {
        KnownOrgCheck check = new KnownOrgCheck(Relation.TASK, Set.of("BLOC", "G1"));
        assertThat(check.check(Rows.task("lead_org_code", "G9")).rule()).isEqualTo(RejectRule.UNKNOWN_ORG);
        assertThat(check.check(Rows.task("assigned_by_org_code", "G9")).detail())
                .isEqualTo("assigned_by_org_code 'G9' is not in the organisation registry");
        assertThat(check.check(Rows.task("lead_org_code", null))).isNull();
    }

    @Test
    void everyColumnThatNamesAnOrganisationIsChecked() {
        KnownOrgCheck events = new KnownOrgCheck(Relation.TASK_EVENT, Set.of("G1"));
        assertThat(events.check(Rows.event()).detail())
                .isEqualTo("to_org_code 'G2' is not in the organisation registry");
        KnownOrgCheck orgUnits = new KnownOrgCheck(Relation.ORG_UNIT, Set.of("G1"));
        Object[] dissolved = {"G2", "Sở B", "G1", "grassroots_org", LocalDate.parse("2020-01-01"), null, "G7"};
        assertThat(orgUnits.check(dissolved).detail())
                .isEqualTo("successor_code 'G7' is not in the organisation registry");
    }

    @Test
    void aTransferOrReturnWithoutTargetIsRejected() {
        EventTargetCheck check = new EventTargetCheck();
        assertThat(check.check(Rows.event("to_org_code", null)).rule()).isEqualTo(RejectRule.HANDOFF_WITHOUT_TARGET);
        Object[] returned = Rows.with(Relation.TASK_EVENT, Rows.event("event_type", "returned"), "to_org_code", null);
        assertThat(check.check(returned).rule()).isEqualTo(RejectRule.HANDOFF_WITHOUT_TARGET);
        assertThat(check.check(
                        Rows.with(Relation.TASK_EVENT, Rows.event("event_type", "reminded"), "to_org_code", null)))
                .isNull();
    }

    @Test
    void anExtensionWithoutNewDueDateIsRejected() {
        EventTargetCheck check = new EventTargetCheck();
        Object[] extended = Rows.event("event_type", "extended");
        assertThat(check.check(extended).rule()).isEqualTo(RejectRule.EXTENSION_WITHOUT_DATE);
        assertThat(check.check(Rows.with(Relation.TASK_EVENT, extended, "new_due_date", LocalDate.parse("2024-09-30"))))
                .isNull();
    }

    @Test
    void aKeyDeliveredAgainIsADuplicateAndTheFirstRowIsKept() {
        DuplicateKeyCheck check = new DuplicateKeyCheck(Relation.TASK);
        assertThat(check.check(Rows.task())).isNull();
        assertThat(check.check(Rows.task()).rule()).isEqualTo(RejectRule.DUPLICATE_KEY);
        assertThat(check.check(Rows.task("task_code", "T2"))).isNull();
    }

    @Test
    void aStaffKeyIsThePersonAndTheStartSoAMoverIsNoDuplicate() {
        DuplicateKeyCheck check = new DuplicateKeyCheck(Relation.STAFF);
        Object[] before = Rows.staff();
        Object[] after =
                Rows.with(Relation.STAFF, Rows.staff("valid_from", LocalDate.parse("2024-08-15")), "org_code", "G2");
        assertThat(check.check(before)).isNull();
        assertThat(check.check(after)).as("the mover's second row").isNull();
        Rejection again = check.check(after);
        assertThat(again.rule()).isEqualTo(RejectRule.DUPLICATE_KEY);
        assertThat(again.detail()).contains("person_code, valid_from", "P1, 2024-08-15");
    }

    @Test
    void aRestartedDuplicateCheckRemembersTheLastKey() {
        DuplicateKeyCheck check = new DuplicateKeyCheck(Relation.TASK);
        check.resume("T1");
        assertThat(check.check(Rows.task()).rule()).isEqualTo(RejectRule.DUPLICATE_KEY);
    }

    @Test
    void aRecordIsRejectedForTheFirstRuleItBreaks() {
        RecordValidator validator = RecordValidator.forRelation(
                Relation.TASK, Set.of("BLOC", "G1"), Set::of, Instant.parse("2024-10-01T00:00:00Z"));
        Object[] twoFaults = Rows.with(Relation.TASK, Rows.task("priority", "high"), "lead_org_code", "G9");
        assertThat(validator.validate(twoFaults).rule()).isEqualTo(RejectRule.NOT_IN_ENUMERATION);
        assertThat(validator.validate(Rows.task("task_code", "T2"))).isNull();
    }
}

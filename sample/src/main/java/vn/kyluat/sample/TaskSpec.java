package vn.kyluat.sample;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What is known of a task when it is assigned; {@link TaskSimulator} plays out the rest.
 *
 * @param lead the lead unit, null for a task assigned without one
 * @param mayCancel false for tasks whose fate a test relies on (planted overlaps)
 * @param fate how the task ends, decided by a planted assignee
 */
public record TaskSpec(
        String taskCode,
        String title,
        String originRef,
        OrgUnitRow lead,
        String assigneeCode,
        OrgUnitRow assignedBy,
        Instant assignedAt,
        LocalDate dueDate,
        boolean urgent,
        boolean withinAuthority,
        boolean mayCancel,
        PlantedPersons.Fate fate) {}

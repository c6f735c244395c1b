package vn.kyluat.sample;

import java.time.Instant;
import java.time.LocalDate;
import vn.kyluat.contract.Relation;

/** A row of {@code task}. */
public record TaskRow(
        String taskCode,
        String title,
        String originRef,
        String leadOrgCode,
        String assigneeCode,
        String assignedByOrgCode,
        Instant assignedAt,
        LocalDate dueDate,
        String priority,
        String authority,
        String status,
        Instant completedAt,
        Instant cancelledAt,
        Instant updatedAt)
        implements GeneratedRow {

    @Override
    public Relation relation() {
        return Relation.TASK;
    }

    @Override
    public Object[] values() {
        return new Object[] {
            taskCode,
            title,
            originRef,
            leadOrgCode,
            assigneeCode,
            assignedByOrgCode,
            assignedAt,
            dueDate,
            priority,
            authority,
            status,
            completedAt,
            cancelledAt,
            updatedAt
        };
    }
}

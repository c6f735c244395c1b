package vn.kyluat.etl.validate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import vn.kyluat.contract.Relation;

/**
 * Every check of docs/contract.md, rules a row may break that applies to a relation, in the order they are reported: the
 * first rule a record breaks is the one it is rejected for.
 */
public final class RecordValidator {
    private final DuplicateKeyCheck duplicates;
    /** An array: validating runs for every row, and iterating a list allocates an iterator each time. */
    private final RowCheck[] checks;

    private RecordValidator(DuplicateKeyCheck duplicates, List<RowCheck> checks) {
        this.duplicates = duplicates;
        this.checks = checks.toArray(RowCheck[]::new);
    }

    /**
     * @param knownOrgs organisation codes of the registry sources
     * @param knownTasks this source's task codes in the lake (read only for events)
     */
    public static RecordValidator forRelation(
            Relation relation, Set<String> knownOrgs, Supplier<Set<String>> knownTasks, Instant runStartedAt) {
        DuplicateKeyCheck duplicates = new DuplicateKeyCheck(relation);
        List<RowCheck> checks = new ArrayList<>(List.of(
                duplicates,
                new RequiredFieldsCheck(relation),
                new WellFormedCheck(relation),
                new EnumerationCheck(relation)));
        switch (relation) {
            case TASK -> checks.addAll(List.of(new DueNotBeforeAssignedCheck(), new CompletedNotBeforeAssignedCheck()));
            case TASK_EVENT -> checks.add(new EventTargetCheck());
            default -> {}
        }
        checks.add(new KnownOrgCheck(relation, knownOrgs));
        if (relation == Relation.TASK_EVENT) {
            checks.add(new KnownTaskCheck(knownTasks.get()));
            checks.add(new NotInFutureCheck(runStartedAt));
        }
        return new RecordValidator(duplicates, checks);
    }

    /** The first rule the record breaks, or null when it is accepted. */
    public Rejection validate(Object[] values) {
        for (RowCheck check : checks) {
            Rejection rejection = check.check(values);
            if (rejection != null) {
                return rejection;
            }
        }
        return null;
    }

    public DuplicateKeyCheck duplicates() {
        return duplicates;
    }
}

package vn.kyluat.contract;

import java.util.Set;

/**
 * The columns that identify a person (docs/metrics.md, individual responsibility): board-level outputs carry none of their
 * values, not even inside a rejected record's raw values.
 */
public final class PersonalData {
    public static final Set<String> COLUMNS =
            Set.of(Relation.PERSON_CODE, Relation.FULL_NAME, Relation.ASSIGNEE_CODE, Mart.HEAD_PERSON_CODE);

    private PersonalData() {}

    public static boolean isPersonal(String column) {
        return COLUMNS.contains(column);
    }
}

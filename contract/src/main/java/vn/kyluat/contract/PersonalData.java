package vn.kyluat.contract;

import java.util.Set;

/**
 * The columns that identify a person (docs/metrics.md, individual responsibility): board-level outputs carry none of their
 * values, not even inside a rejected record's raw values.
 */
public final class PersonalData {
    public static final Set<String> COLUMNS = Set.of("person_code", "full_name", "assignee_code", "head_person_code");

    private PersonalData() {}

    public static boolean isPersonal(String column) {
        return COLUMNS.contains(column);
    }
}

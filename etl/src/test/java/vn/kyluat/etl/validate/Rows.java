package vn.kyluat.etl.validate;

import java.time.Instant;
import java.time.LocalDate;
import vn.kyluat.contract.Relation;

/** Valid typed records to start each test from; a test changes the one field it is about. */
final class Rows {
    private Rows() {}

    static Object[] task() {
        return new Object[] {
            "T1",
            "Báo cáo quý",
            "KH-264",
            "G1",
            null,
            "BLOC",
            Instant.parse("2024-07-01T01:00:00Z"),
            LocalDate.parse("2024-08-15"),
            "normal",
            "within",
            "open",
            null,
            null,
            Instant.parse("2024-07-01T01:00:00Z")
        };
    }

    static Object[] event() {
        return new Object[] {1L, "T1", "transferred", Instant.parse("2024-07-05T01:00:00Z"), "G1", "G2", null, null};
    }

    static Object[] staff() {
        return new Object[] {"P1", "Nguyễn Văn An", "G1", "member", true, LocalDate.parse("2020-01-01"), null};
    }

    static Object[] staff(String column, Object value) {
        return with(Relation.STAFF, staff(), column, value);
    }

    static Object[] with(Relation relation, Object[] row, String column, Object value) {
        Object[] copy = row.clone();
        copy[relation.columnNames().indexOf(column)] = value;
        return copy;
    }

    static Object[] task(String column, Object value) {
        return with(Relation.TASK, task(), column, value);
    }

    static Object[] event(String column, Object value) {
        return with(Relation.TASK_EVENT, event(), column, value);
    }
}

package vn.kyluat.etl.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.kyluat.contract.Relation;

class RelationQueriesTests {
    private static final String TASK_ORDER =
            " ORDER BY CASE WHEN task_code IS NULL THEN 1 ELSE 0 END, task_code, CASE WHEN updated_at IS NULL THEN 1 ELSE 0 END, updated_at DESC";
    /** A person's rows by start: the key is (person_code, valid_from). */
    private static final String STAFF_ORDER = " ORDER BY CASE WHEN person_code IS NULL THEN 1 ELSE 0 END, person_code,"
            + " CASE WHEN valid_from IS NULL THEN 1 ELSE 0 END, valid_from";

    @Test
    void anIncrementalTaskReadTakesRowsPastTheWatermarkByKeyLatestFirstNullsLast() {
        assertThat(RelationQueries.extraction("SELECT * FROM tasks", Relation.TASK, true, false, c -> c))
                .isEqualTo("SELECT * FROM (SELECT * FROM tasks) s WHERE updated_at > ?" + TASK_ORDER);
    }

    @Test
    void aResumedReadTakesTheRowsAfterTheLastCommittedKeyAndTheNullKeysThatSortAfterIt() {
        assertThat(RelationQueries.extraction("q", Relation.TASK, true, true, c -> c))
                .isEqualTo("SELECT * FROM (q) s WHERE updated_at > ? AND (task_code > ? OR task_code IS NULL)"
                        + TASK_ORDER);
        assertThat(RelationQueries.extraction("q", Relation.STAFF, false, true, c -> c))
                .isEqualTo("SELECT * FROM (q) s WHERE (person_code > ? OR person_code IS NULL)" + STAFF_ORDER);
    }

    @Test
    void eventsAreOrderedByTheirIdAndOtherRelationsAreReadWhole() {
        assertThat(RelationQueries.extraction("q", Relation.TASK_EVENT, true, false, c -> c))
                .isEqualTo(
                        "SELECT * FROM (q) s WHERE event_id > ? ORDER BY CASE WHEN event_id IS NULL THEN 1 ELSE 0 END, event_id");
        assertThat(RelationQueries.extraction("q", Relation.STAFF, false, false, c -> c))
                .isEqualTo("SELECT * FROM (q) s" + STAFF_ORDER);
    }

    @Test
    void aCursorReadNamesTheKeyAndWatermarkAsTheMappingSpellsThem() {
        assertThat(RelationQueries.extraction(
                        "q", Relation.TASK_EVENT, true, false, c -> "s.\"" + c.toUpperCase(Locale.ROOT) + "\""))
                .isEqualTo("SELECT * FROM (q) s WHERE s.\"EVENT_ID\" > ?"
                        + " ORDER BY CASE WHEN s.\"EVENT_ID\" IS NULL THEN 1 ELSE 0 END, s.\"EVENT_ID\"");
    }

    @Test
    void aCopyReadSelectsTheSourceColumnsWithTheWatermarkAsALiteralAndTheKeyAsAnExpression() {
        assertThat(RelationQueries.copyExtraction(
                        "SELECT * FROM tasks",
                        Relation.TASK,
                        List.of("s.\"task_code\"", "s.\"due\"::text"),
                        c -> "s.\"" + c + "\"",
                        Instant.parse("2024-09-30T16:30:00Z"),
                        null))
                .isEqualTo(
                        "COPY (SELECT s.\"task_code\", s.\"due\"::text FROM (SELECT * FROM tasks) s"
                                + " WHERE s.\"updated_at\" > TIMESTAMPTZ '2024-09-30T16:30:00Z'"
                                + " ORDER BY CASE WHEN s.\"task_code\" IS NULL THEN 1 ELSE 0 END, s.\"task_code\","
                                + " CASE WHEN s.\"updated_at\" IS NULL THEN 1 ELSE 0 END, s.\"updated_at\" DESC) TO STDOUT (FORMAT binary)");
        assertThat(RelationQueries.copyExtraction(
                        "q", Relation.TASK_EVENT, List.of("s.a"), c -> c, 41L, "current_setting('k')::\"int8\""))
                .isEqualTo(
                        "COPY (SELECT s.a FROM (q) s WHERE event_id > 41 AND (event_id > current_setting('k')::\"int8\" OR event_id IS NULL)"
                                + " ORDER BY CASE WHEN event_id IS NULL THEN 1 ELSE 0 END, event_id) TO STDOUT (FORMAT binary)");
    }
}

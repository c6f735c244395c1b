package vn.kyluat.etl.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.kyluat.contract.Relation;

class RelationQueriesTests {

  @Test
  void anIncrementalTaskReadTakesRowsPastTheWatermarkByKeyLatestFirst() {
    assertThat(RelationQueries.extraction("SELECT * FROM tasks", Relation.TASK, true, c -> c))
        .isEqualTo("SELECT * FROM (SELECT * FROM tasks) s WHERE updated_at > ? ORDER BY task_code, CASE WHEN updated_at IS NULL THEN 1 ELSE 0 END, updated_at DESC");
  }

  @Test
  void eventsAreOrderedByTheirIdAndOtherRelationsAreReadWhole() {
    assertThat(RelationQueries.extraction("q", Relation.TASK_EVENT, true, c -> c))
        .isEqualTo("SELECT * FROM (q) s WHERE event_id > ? ORDER BY event_id");
    assertThat(RelationQueries.extraction("q", Relation.STAFF, false, c -> c)).isEqualTo("SELECT * FROM (q) s ORDER BY person_code");
  }

  @Test
  void aCursorReadNamesTheKeyAndWatermarkAsTheMappingSpellsThem() {
    assertThat(RelationQueries.extraction("q", Relation.TASK, true, c -> "s.\"" + c.toUpperCase() + "\""))
        .isEqualTo("SELECT * FROM (q) s WHERE s.\"UPDATED_AT\" > ? ORDER BY s.\"TASK_CODE\", CASE WHEN s.\"UPDATED_AT\" IS NULL THEN 1 ELSE 0 END, s.\"UPDATED_AT\" DESC");
  }

  @Test
  void aCopyReadSelectsTheSourceColumnsWithTheWatermarkAsALiteral() {
    assertThat(RelationQueries.copyExtraction("SELECT * FROM tasks", Relation.TASK, List.of("s.\"task_code\"", "s.\"due\"::text"),
            c -> "s.\"" + c + "\"", Instant.parse("2024-09-30T16:30:00Z")))
        .isEqualTo("COPY (SELECT s.\"task_code\", s.\"due\"::text FROM (SELECT * FROM tasks) s"
            + " WHERE s.\"updated_at\" > TIMESTAMPTZ '2024-09-30T16:30:00Z'"
            + " ORDER BY s.\"task_code\", CASE WHEN s.\"updated_at\" IS NULL THEN 1 ELSE 0 END, s.\"updated_at\" DESC) TO STDOUT (FORMAT binary)");
    assertThat(RelationQueries.copyExtraction("q", Relation.TASK_EVENT, List.of("s.a"), c -> c, 41L))
        .isEqualTo("COPY (SELECT s.a FROM (q) s WHERE event_id > 41 ORDER BY event_id) TO STDOUT (FORMAT binary)");
  }
}

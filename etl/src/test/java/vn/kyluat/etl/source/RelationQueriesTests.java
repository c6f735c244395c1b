package vn.kyluat.etl.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.kyluat.contract.Relation;

class RelationQueriesTests {

  @Test
  void anIncrementalTaskReadTakesRowsPastTheWatermarkByKeyLatestFirst() {
    assertThat(RelationQueries.extraction("SELECT * FROM tasks", Relation.TASK, true))
        .isEqualTo("SELECT * FROM (SELECT * FROM tasks) s WHERE updated_at > ? ORDER BY task_code, updated_at DESC NULLS LAST");
  }

  @Test
  void eventsAreOrderedByTheirIdAndOtherRelationsAreReadWhole() {
    assertThat(RelationQueries.extraction("q", Relation.TASK_EVENT, true))
        .isEqualTo("SELECT * FROM (q) s WHERE event_id > ? ORDER BY event_id");
    assertThat(RelationQueries.extraction("q", Relation.STAFF, false)).isEqualTo("SELECT * FROM (q) s ORDER BY person_code");
  }
}

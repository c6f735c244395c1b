package vn.kyluat.etl.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import vn.kyluat.contract.Relation;
import vn.kyluat.etl.config.JdbcTarget;
import vn.kyluat.etl.support.PostgresDatabases;
import vn.kyluat.etl.support.UnitDatabase;

/** The binary COPY reader delivers exactly the rows, values and order of the JDBC cursor reader. */
class PostgresCopyRelationReaderIntegrationTests {
    final PostgresDatabases postgres = new PostgresDatabases();
    JdbcTarget unit;

    @BeforeEach
    void unit() {
        String database = postgres.create("copy_unit");
        postgres.execute(database, UnitDatabase.referenceSchema() + """
        INSERT INTO task VALUES
          ('T2', 'Báo cáo quý: Đảng ủy xã Ứng Hòa ✓', NULL, 'G1', 'P1', 'BLOC', TIMESTAMPTZ '2024-09-30 23:30:00+07',
           DATE '2024-10-15', 'normal', 'within', 'completed', TIMESTAMPTZ '2024-10-10 08:00:00.123456+07', NULL,
           TIMESTAMPTZ '2024-10-10 08:00:00.123456+07'),
          ('T1', NULL, 'CV 12/UBND', NULL, NULL, 'BLOC', TIMESTAMPTZ '1999-12-31 23:59:59Z', DATE '1999-12-31', 'urgent',
           'beyond', 'open', NULL, NULL, TIMESTAMPTZ '2024-01-01 00:00:00Z'),
          ('T2', 'older copy', NULL, 'G1', NULL, 'BLOC', NULL, NULL, 'normal', 'within', 'open', NULL, NULL,
           TIMESTAMPTZ '2024-09-30 23:30:00+07'),
          ('T3', '', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
        INSERT INTO task_event VALUES
          (9007199254740993, 'T1', 'extended', TIMESTAMPTZ '2024-02-29 12:00:00+07', 'G1', NULL, DATE '2024-03-31', 'gia hạn'),
          (-5, 'T2', 'reminded', TIMESTAMPTZ '1970-01-01 00:00:00Z', NULL, NULL, NULL, NULL),
          (7, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
        INSERT INTO staff VALUES
          ('P1', 'Nguyễn Thị Ánh', 'G1', 'head', true, DATE '2020-01-01', NULL),
          ('P2', 'Trần Văn Bình', 'G1', 'member', false, DATE '2021-06-30', DATE '2024-12-31'),
          ('P3', 'Lê Cường', 'G1', 'member', NULL, NULL, NULL);
        CREATE TABLE legacy_task AS SELECT task_code, title, origin_ref, lead_org_code, assignee_code,
          assigned_by_org_code, assigned_at AT TIME ZONE 'Asia/Ho_Chi_Minh' AS assigned_at, to_char(due_date, 'DD/MM/YYYY') AS due_date, priority,
          authority, status, completed_at, cancelled_at, updated_at FROM task;
        """);
        unit = new JdbcTarget(postgres.url(database), postgres.user(), System.getenv("PGPASSWORD"));
    }

    @AfterEach
    void drop() {
        postgres.dropAll();
    }

    private static List<List<Object>> readAll(RelationReader reader, ExtractionPlan plan) throws Exception {
        ExecutionContext context = new ExecutionContext();
        plan.store(context);
        reader.open(context);
        try {
            List<List<Object>> rows = new ArrayList<>();
            for (SourceRow row = reader.read(); row != null; row = reader.read()) {
                rows.add(Arrays.asList(row.raw()));
            }
            return rows;
        } finally {
            reader.close();
        }
    }

    private List<List<Object>> byCopy(Relation relation, String mapping, ExtractionPlan plan) throws Exception {
        try (SourceSnapshot snapshot = new SourceSnapshot("unit", unit)) {
            return readAll(new PostgresCopyRelationReader(snapshot, relation, mapping), plan);
        }
    }

    private List<List<Object>> byCursor(Relation relation, String mapping, ExtractionPlan plan) throws Exception {
        return readAll(new JdbcRelationReader("unit", unit, relation, mapping, 2), plan);
    }

    private static String reference(Relation relation) {
        return "SELECT " + String.join(", ", relation.columnNames()) + " FROM " + relation.tableName();
    }

    @Test
    void everyRelationComesWithTheSameValuesInTheSameOrderAsFromTheCursor() throws Exception {
        ExtractionPlan whole = new ExtractionPlan(false, null, null);
        for (Relation relation : List.of(Relation.TASK, Relation.TASK_EVENT, Relation.STAFF)) {
            assertThat(byCopy(relation, reference(relation), whole))
                    .as(relation.tableName())
                    .isEqualTo(byCursor(relation, reference(relation), whole));
        }
        List<List<Object>> tasks = byCopy(Relation.TASK, reference(Relation.TASK), whole);
        assertThat(tasks)
                .extracting(r -> r.get(0) + "|" + r.get(1))
                .containsExactly("T1|null", "T2|Báo cáo quý: Đảng ủy xã Ứng Hòa ✓", "T2|older copy", "T3|");
        assertThat(tasks.get(0).get(6)).isEqualTo(Instant.parse("1999-12-31T23:59:59Z"));
        assertThat(tasks.get(0).get(7)).isEqualTo(LocalDate.of(1999, 12, 31));
        assertThat(tasks.get(1).get(11)).isEqualTo(Instant.parse("2024-10-10T01:00:00.123456Z"));
        assertThat(byCopy(Relation.TASK_EVENT, reference(Relation.TASK_EVENT), whole))
                .extracting(r -> r.get(0))
                .containsExactly(-5L, 7L, 9007199254740993L);
        assertThat(byCopy(Relation.STAFF, reference(Relation.STAFF), whole))
                .extracting(r -> r.get(4))
                .containsExactly(true, false, null);
    }

    @Test
    void incrementalReadsTakeOnlyRowsPastTheWatermark() throws Exception {
        ExtractionPlan sinceTask = new ExtractionPlan(true, "2024-09-30T16:30:00Z", "2024-09-30T16:30:00Z");
        assertThat(byCopy(Relation.TASK, reference(Relation.TASK), sinceTask))
                .isEqualTo(byCursor(Relation.TASK, reference(Relation.TASK), sinceTask))
                .extracting(r -> r.get(1))
                .containsExactly("Báo cáo quý: Đảng ủy xã Ứng Hòa ✓");
        ExtractionPlan sinceEvent = new ExtractionPlan(true, "-5", "-5");
        assertThat(byCopy(Relation.TASK_EVENT, reference(Relation.TASK_EVENT), sinceEvent))
                .extracting(r -> r.get(0))
                .containsExactly(7L, 9007199254740993L);
    }

    @Test
    void aSourceOwnMappingWithOtherTypesReadsAsTheCursorReadsIt() throws Exception {
        // A timestamp without zone (local +07:00), a date kept as dd/MM/yyyy text.
        String mapping = "SELECT * FROM legacy_task";
        ExtractionPlan whole = new ExtractionPlan(false, null, null);
        List<List<Object>> rows = byCopy(Relation.TASK, mapping, whole);
        assertThat(rows).isEqualTo(byCursor(Relation.TASK, mapping, whole));
        assertThat(rows.get(1).get(6)).isEqualTo(Instant.parse("2024-09-30T16:30:00Z"));
        assertThat(rows.get(1).get(7)).isEqualTo("15/10/2024");
    }

    @Test
    void aMappingThatAliasesItsKeyAndWatermarkInUpperCaseReadsByCursorAsByCopy() throws Exception {
        String mapping =
                "SELECT task_code AS \"TASK_CODE\", title, origin_ref, lead_org_code, assignee_code, assigned_by_org_code,"
                        + " assigned_at, due_date, priority, authority, status, completed_at, cancelled_at, updated_at AS \"Updated_At\" FROM task";
        ExtractionPlan whole = new ExtractionPlan(false, null, null);
        assertThat(byCursor(Relation.TASK, mapping, whole))
                .isEqualTo(byCopy(Relation.TASK, mapping, whole))
                .extracting(r -> r.get(0) + "|" + r.get(1))
                .containsExactly("T1|null", "T2|Báo cáo quý: Đảng ủy xã Ứng Hòa ✓", "T2|older copy", "T3|");
        ExtractionPlan since = new ExtractionPlan(true, "2024-09-30T16:30:00Z", "2024-09-30T16:30:00Z");
        assertThat(byCursor(Relation.TASK, mapping, since))
                .isEqualTo(byCopy(Relation.TASK, mapping, since))
                .extracting(r -> r.get(1))
                .containsExactly("Báo cáo quý: Đảng ủy xã Ứng Hòa ✓");
    }
}

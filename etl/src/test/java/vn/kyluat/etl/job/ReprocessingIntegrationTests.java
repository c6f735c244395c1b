package vn.kyluat.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kyluat.contract.Relation;
import vn.kyluat.contract.manifest.RelationReport;
import vn.kyluat.contract.manifest.RunManifest;
import vn.kyluat.etl.lake.RelationDataset;
import vn.kyluat.etl.support.Pipelines;
import vn.kyluat.etl.support.PostgresDatabases;
import vn.kyluat.etl.support.Province;
import vn.kyluat.etl.support.UnitDatabase;

/**
 * Reprocessing on real PostgreSQL unit systems: a mapping fixed and re-read whole with {@code --full}
 * brings back the rows it rejected, and a task deleted in its source leaves the lake by the next
 * run's key census.
 */
class ReprocessingIntegrationTests {
    /** Priorities as the unit writes them, in Vietnamese; updated days apart, so the read window does not cover T1, T2. */
    static final String VIETNAMESE_PRIORITIES = """
      INSERT INTO task VALUES ('T1', 'Báo cáo quý', NULL, 'G1', NULL, 'BLOC', TIMESTAMP WITH TIME ZONE '2024-07-01 08:00:00+07:00', DATE '2024-08-15', 'Thường', 'within', 'open', NULL, NULL, TIMESTAMP WITH TIME ZONE '2024-07-01 08:00:00+07:00');
      INSERT INTO task VALUES ('T2', 'Rà soát hồ sơ', NULL, 'G2', NULL, 'BLOC', TIMESTAMP WITH TIME ZONE '2024-07-02 09:00:00+07:00', DATE '2024-09-30', 'Thường', 'within', 'open', NULL, NULL, TIMESTAMP WITH TIME ZONE '2024-07-02 09:00:00+07:00');
      INSERT INTO task VALUES ('T3', 'Kiểm tra', NULL, 'G1', NULL, 'BLOC', TIMESTAMP WITH TIME ZONE '2024-07-03 10:00:00+07:00', DATE '2024-10-31', 'Khẩn', 'within', 'open', NULL, NULL, TIMESTAMP WITH TIME ZONE '2024-07-03 10:00:00+07:00');
      INSERT INTO task_event VALUES (1, 'T1', 'assigned', TIMESTAMP WITH TIME ZONE '2024-07-01 08:00:00+07:00', 'BLOC', 'G1', NULL, NULL);
      INSERT INTO task_event VALUES (2, 'T2', 'assigned', TIMESTAMP WITH TIME ZONE '2024-07-02 09:00:00+07:00', 'BLOC', 'G2', NULL, NULL);
      INSERT INTO task_event VALUES (3, 'T3', 'assigned', TIMESTAMP WITH TIME ZONE '2024-07-03 10:00:00+07:00', 'BLOC', 'G1', NULL, NULL);
      INSERT INTO task_event VALUES (4, 'T1', 'reminded', TIMESTAMP WITH TIME ZONE '2024-07-10 08:00:00+07:00', NULL, NULL, NULL, NULL);
      """;

    static final String TASK_COLUMNS =
            "task_code, title, origin_ref, lead_org_code, assignee_code, assigned_by_org_code,"
                    + " assigned_at, due_date, %s AS priority, authority, status, completed_at, cancelled_at, updated_at";
    /** The first mapping forgets 'Thường', which then reaches the contract as it is and is rejected. */
    static final String WRONG_PRIORITY = "CASE priority WHEN 'Khẩn' THEN 'urgent' ELSE priority END";

    static final String FIXED_PRIORITY = "CASE priority WHEN 'Khẩn' THEN 'urgent' WHEN 'Thường' THEN 'normal' END";

    @TempDir
    Path dir;

    final PostgresDatabases postgres = new PostgresDatabases();
    String registry;
    String unit;

    @BeforeEach
    void registry() {
        registry = postgres.create("registry_reprocess");
        postgres.execute(registry, UnitDatabase.referenceSchema() + Province.REGISTRY);
        unit = postgres.create("unit_reprocess");
    }

    @AfterEach
    void drop() {
        postgres.dropAll();
    }

    private Path configMappingPriorityAs(String priority) {
        return Pipelines.write(dir, """
        sources:
          - {id: registry, type: postgres, registry: true, url: "%s", user: %s}
          - id: unit-a
            type: postgres
            url: "%s"
            user: %s
            relations:
              task: SELECT %s FROM task
        """.formatted(
                        postgres.url(registry),
                        postgres.user(),
                        postgres.url(unit),
                        postgres.user(),
                        TASK_COLUMNS.formatted(priority)));
    }

    private List<Object> lakeKeys(Relation relation) {
        int key = relation.columnNames().indexOf(relation.keyColumn()) + 1;
        return new RelationDataset(dir.resolve("lake"), relation, "unit-a")
                .currentRows().stream().map(r -> r[key]).sorted().toList();
    }

    private static RelationReport relation(RunManifest manifest, String name) {
        return manifest.sources().get(1).relations().stream()
                .filter(r -> r.relation().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static String counts(RelationReport r) {
        return r.relation() + " " + r.mode() + ": read " + r.read() + " = accepted " + r.accepted() + " + rejected "
                + r.rejected();
    }

    @Test
    void aFixedMappingReadWholeWithFullBringsBackTheRowsItRejectedAndTheirEvents() {
        postgres.execute(unit, UnitDatabase.referenceSchema() + VIETNAMESE_PRIORITIES);
        RunManifest wrong =
                Pipelines.extract(configMappingPriorityAs(WRONG_PRIORITY)).manifest();
        assertThat(relation(wrong, "task").rejectedByRule()).containsEntry("not_in_enumeration", 2L);
        assertThat(relation(wrong, "task_event").rejectedByRule()).containsEntry("event_for_unknown_task", 3L);

        Path fixed = configMappingPriorityAs(FIXED_PRIORITY);
        RunManifest incremental = Pipelines.extract(fixed).manifest();
        // The watermark has moved past the rejected tasks: an incremental read never sees them again.
        assertThat(relation(incremental, "task").mode()).isEqualTo("incremental");
        assertThat(lakeKeys(Relation.TASK)).containsExactly("T3");

        RunManifest full = Pipelines.extractWhole(fixed, "unit-a").manifest();

        assertThat(full.status()).isEqualTo(RunManifest.COMPLETED);
        assertThat(lakeKeys(Relation.TASK)).containsExactly("T1", "T2", "T3");
        assertThat(lakeKeys(Relation.TASK_EVENT)).containsExactly(1L, 2L, 3L, 4L);
        assertThat(List.of(relation(full, "task"), relation(full, "task_event")))
                .extracting(ReprocessingIntegrationTests::counts)
                .containsExactly(
                        "task full: read 3 = accepted 3 + rejected 0",
                        "task_event full: read 4 = accepted 4 + rejected 0");
        assertThat(relation(full, "task").watermarkAfter()).isEqualTo("2024-07-03T03:00:00Z");
        // The registry, not named, was read as usual.
        assertThat(full.sources().get(0).relations())
                .extracting(RelationReport::status)
                .containsOnly("COMPLETED");

        RunManifest next = Pipelines.extract(fixed).manifest();
        assertThat(relation(next, "task_event").rejected())
                .as("no orphan is retried any more")
                .isZero();
        assertThat(relation(next, "task").mode()).isEqualTo("incremental");
    }

    private Path referenceConfig() {
        return Pipelines.write(
                dir, Province.serverConfig(postgres.user(), postgres.url(registry), "postgres", postgres.url(unit)));
    }

    @Test
    void aTaskDeletedInTheSourceWithItsEventsIsGoneFromTheLakeAfterTheNextRun() {
        postgres.execute(unit, UnitDatabase.referenceSchema() + Province.UNIT);
        Path config = referenceConfig();
        assertThat(Pipelines.extract(config).manifest().status()).isEqualTo(RunManifest.COMPLETED);
        assertThat(lakeKeys(Relation.TASK)).containsExactly("T1", "T2", "T3");

        postgres.execute(
                unit, "DELETE FROM task_event WHERE task_code = 'T1'; DELETE FROM task WHERE task_code = 'T1'");
        RunManifest manifest = Pipelines.extract(config).manifest();

        assertThat(manifest.status()).isEqualTo(RunManifest.COMPLETED);
        assertThat(lakeKeys(Relation.TASK)).containsExactly("T2", "T3");
        assertThat(lakeKeys(Relation.TASK_EVENT)).containsExactly(3L, 4L);
        assertThat(List.of(relation(manifest, "task"), relation(manifest, "task_event")))
                .extracting(r -> r.relation() + " " + r.mode() + ": read " + r.read() + ", deleted " + r.deleted())
                .containsExactly("task incremental: read 0, deleted 1", "task_event incremental: read 0, deleted 2");
        assertThat(new RelationDataset(dir.resolve("lake"), Relation.TASK, "unit-a")
                        .current()
                        .orElseThrow()
                        .rows())
                .isEqualTo(2);
    }

    @Test
    void aCensusThatWouldDeleteMoreThanMaxShrinkIsHeldBackUntilAccepted() {
        postgres.execute(unit, UnitDatabase.referenceSchema() + Province.UNIT);
        Path config = referenceConfig();
        Pipelines.extract(config);

        postgres.execute(unit, "DELETE FROM task_event; DELETE FROM task WHERE task_code <> 'T3'");
        RunManifest held = Pipelines.extract(config).manifest();

        assertThat(held.status()).isEqualTo(RunManifest.PARTIAL);
        assertThat(relation(held, "task").status()).isEqualTo(RelationReport.HELD_BACK);
        assertThat(relation(held, "task").deleted()).isZero();
        assertThat(held.sources().get(1).error())
                .startsWith("source unit-a: task: the key census finds 2 of the 3 published rows"
                        + " deleted from the source (67%; max_shrink is 50%), so nothing was deleted or published; if the source is right,"
                        + " publish it with ./ops extract --config " + config + " --accept-shrink unit-a");
        assertThat(lakeKeys(Relation.TASK)).containsExactly("T1", "T2", "T3");
        assertThat(lakeKeys(Relation.TASK_EVENT)).containsExactly(1L, 2L, 3L, 4L);

        RunManifest accepted =
                Pipelines.extractAcceptingShrink(config, "unit-a").manifest();

        assertThat(accepted.status()).isEqualTo(RunManifest.COMPLETED);
        assertThat(lakeKeys(Relation.TASK)).containsExactly("T3");
        assertThat(lakeKeys(Relation.TASK_EVENT)).isEmpty();
        assertThat(relation(accepted, "task_event").deleted()).isEqualTo(4);
    }
}

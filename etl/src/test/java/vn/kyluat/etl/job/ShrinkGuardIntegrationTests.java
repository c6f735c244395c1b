package vn.kyluat.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kyluat.contract.Relation;
import vn.kyluat.contract.manifest.RelationReport;
import vn.kyluat.contract.manifest.RunManifest;
import vn.kyluat.contract.manifest.SourceReport;
import vn.kyluat.etl.lake.RelationDataset;
import vn.kyluat.etl.support.LakeSnapshot;
import vn.kyluat.etl.support.Pipelines;
import vn.kyluat.etl.support.PostgresDatabases;
import vn.kyluat.etl.support.Province;
import vn.kyluat.etl.support.UnitDatabase;

/**
 * An empty or shrunken export does not replace published data, and a relation whose rows are
 * mostly rejected does not end in COMPLETED: a PostgreSQL registry and a CSV unit.
 */
class ShrinkGuardIntegrationTests {
    static final String TASKS = """
      task_code,title,assigned_by_org_code,lead_org_code,assigned_at,due_date,priority,authority,status,updated_at
      C1,Báo cáo quý,BLOC,G1,2024-07-01 08:00,2024-09-30,normal,within,open,2024-07-01 08:00
      C2,Rà soát,BLOC,G2,2024-07-02 08:00,2024-09-30,urgent,within,open,2024-07-02 08:00
      """;
    static final String EVENTS = """
      event_id,task_code,event_type,occurred_at,from_org_code,to_org_code
      1,C1,assigned,2024-07-01 08:00,BLOC,G1
      2,C2,assigned,2024-07-02 08:00,BLOC,G2
      3,C1,transferred,2024-07-05 08:00,G1,G2
      """;
    /** An empty export as a spreadsheet writes it: the header alone (a file of no bytes at all fails as headerless). */
    static final String TASKS_HEADER = TASKS.lines().findFirst().orElseThrow() + "\n";

    static final String ACTIONS_HEADER = "action_code,person_code,org_code,kind,reason,decided_at\n";

    @TempDir
    Path dir;

    final PostgresDatabases postgres = new PostgresDatabases();
    Path units;
    Path config;

    @BeforeEach
    void province() throws IOException {
        String registry = postgres.create("registry_shrink");
        postgres.execute(registry, UnitDatabase.referenceSchema() + Province.REGISTRY);
        units = Files.createDirectories(dir.resolve("units/unit-csv"));
        config = Pipelines.write(dir, """
        sources:
          - {id: registry, type: postgres, registry: true, url: "%s", user: %s}
          - {id: unit-csv, type: csv, path: units/unit-csv}
        """.formatted(postgres.url(registry), postgres.user()));
    }

    @AfterEach
    void drop() {
        postgres.dropAll();
    }

    private void export(String relation, String text) throws IOException {
        Files.writeString(units.resolve(relation + ".csv"), text);
    }

    private static String thirteenActions() {
        return ACTIONS_HEADER
                + IntStream.rangeClosed(1, 13)
                        .mapToObj(i -> "D%02d,P1,G1,reprimand,other,2024-09-01".formatted(i))
                        .collect(Collectors.joining("\n", "", "\n"));
    }

    private static SourceReport unit(RunManifest manifest) {
        return manifest.sources().get(1);
    }

    private static RelationReport relation(RunManifest manifest, String name) {
        return unit(manifest).relations().stream()
                .filter(r -> r.relation().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private long published(Relation relation) {
        return new RelationDataset(dir.resolve("lake"), relation, "unit-csv")
                .current()
                .orElseThrow()
                .rows();
    }

    @Test
    void anEmptyExportThatWouldReplaceThirteenRowsIsHeldBackUntilAccepted() throws IOException {
        export("discipline_action", thirteenActions());
        assertThat(Pipelines.extract(config).manifest().status()).isEqualTo(RunManifest.COMPLETED);
        assertThat(published(Relation.DISCIPLINE_ACTION)).isEqualTo(13);
        Map<String, String> before = LakeSnapshot.of(dir.resolve("lake"));

        export("discipline_action", ACTIONS_HEADER);
        RunManifest held = Pipelines.extract(config).manifest();

        assertThat(held.status()).isEqualTo(RunManifest.PARTIAL);
        assertThat(unit(held).status()).isEqualTo(SourceReport.PARTIAL);
        assertThat(relation(held, "discipline_action").status()).isEqualTo(RelationReport.HELD_BACK);
        assertThat(unit(held).error())
                .isEqualTo("source unit-csv: discipline_action: the new version has 0 rows, the published"
                        + " one 13 (100% fewer; max_shrink is 50%), so it was not published; if the source is right, publish it with"
                        + " ./ops extract --config " + config + " --accept-shrink unit-csv");
        assertThat(published(Relation.DISCIPLINE_ACTION)).isEqualTo(13);
        assertThat(LakeSnapshot.of(dir.resolve("lake"))).isEqualTo(before);

        RunManifest accepted =
                Pipelines.extractAcceptingShrink(config, "unit-csv").manifest();

        assertThat(accepted.status()).isEqualTo(RunManifest.COMPLETED);
        assertThat(published(Relation.DISCIPLINE_ACTION)).isZero();
    }

    /** Tasks are read past their watermark once published: an empty file adds nothing and removes nothing. */
    @Test
    void anEmptyTaskExportKeepsThePublishedTasksAndTheirNewEventsAreAccepted() throws IOException {
        export("task", TASKS);
        export("task_event", EVENTS);
        assertThat(Pipelines.extract(config).manifest().status()).isEqualTo(RunManifest.COMPLETED);

        export("task", TASKS_HEADER);
        export("task_event", EVENTS + "4,C2,reminded,2024-07-09 08:00,,\n");
        RunManifest manifest = Pipelines.extract(config).manifest();

        assertThat(manifest.status()).isEqualTo(RunManifest.COMPLETED);
        assertThat(relation(manifest, "task").mode()).isEqualTo("incremental");
        assertThat(published(Relation.TASK)).isEqualTo(2);
        assertThat(relation(manifest, "task_event"))
                .extracting(RelationReport::read, RelationReport::rejected)
                .containsExactly(1L, 0L);
        assertThat(published(Relation.TASK_EVENT)).isEqualTo(4);
    }

    @Test
    void aFirstLoadWhoseEventsAreAllRejectedIsPartial() throws IOException {
        export("task", TASKS_HEADER);
        export("task_event", EVENTS);

        RunManifest manifest = Pipelines.extract(config).manifest();

        assertThat(relation(manifest, "task_event").rejectedByRule()).containsEntry("event_for_unknown_task", 3L);
        assertThat(manifest.status()).isEqualTo(RunManifest.PARTIAL);
        assertThat(unit(manifest).error())
                .isEqualTo("source unit-csv: task_event: 3 of 3 rows rejected (100%; max_rejected_share"
                        + " is 50%); see " + dir.resolve("lake/_rejects/" + manifest.runId() + "/unit-csv/task_event"));
    }
}

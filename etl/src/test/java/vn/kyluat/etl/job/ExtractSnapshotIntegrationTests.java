package vn.kyluat.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.infrastructure.item.Chunk;
import vn.kyluat.contract.Relation;
import vn.kyluat.contract.manifest.RelationReport;
import vn.kyluat.contract.manifest.RunManifest;
import vn.kyluat.etl.lake.RelationDataset;
import vn.kyluat.etl.support.Pipelines;
import vn.kyluat.etl.support.PostgresDatabases;
import vn.kyluat.etl.support.Province;
import vn.kyluat.etl.support.UnitDatabase;

/**
 * A PostgreSQL unit changing between the run's task step and its event step: every relation of
 * the source is read in one snapshot, so the lake's events and tasks agree, and the next run
 * brings the change whole.
 */
class ExtractSnapshotIntegrationTests {
    /** A new task with its two events, and T1 completed with its event, committed as one transaction. */
    static final String CHANGE = """
      INSERT INTO task VALUES ('T9', 'Việc mới', NULL, 'G1', NULL, 'BLOC', TIMESTAMPTZ '2024-10-01 08:00:00+07', DATE '2024-12-31', 'normal', 'within', 'open', NULL, NULL, TIMESTAMPTZ '2024-10-01 08:00:00+07');
      INSERT INTO task_event VALUES (5, 'T9', 'assigned', TIMESTAMPTZ '2024-10-01 08:00:00+07', 'BLOC', 'G1', NULL, NULL);
      INSERT INTO task_event VALUES (6, 'T9', 'reminded', TIMESTAMPTZ '2024-10-02 08:00:00+07', NULL, NULL, NULL, NULL);
      UPDATE task SET status = 'completed', completed_at = TIMESTAMPTZ '2024-10-03 08:00:00+07', updated_at = TIMESTAMPTZ '2024-10-03 08:00:00+07' WHERE task_code = 'T1';
      INSERT INTO task_event VALUES (7, 'T1', 'completed', TIMESTAMPTZ '2024-10-03 08:00:00+07', NULL, NULL, NULL, NULL);
      """;

    @TempDir
    Path dir;

    final PostgresDatabases postgres = new PostgresDatabases();
    String unit;
    Path config;

    /** Commits {@link #CHANGE} in the unit once its tasks are read and written, before its events are read. */
    final class ChangeAfterTasks implements ItemWriteListener<List<CheckedRow>> {
        private final AtomicBoolean done = new AtomicBoolean();

        @Override
        public void afterWrite(Chunk<? extends List<CheckedRow>> blocks) {
            boolean tasks = blocks.getItems().stream().flatMap(List::stream).anyMatch(r -> "T1".equals(r.values()[0]));
            if (tasks && done.compareAndSet(false, true)) {
                postgres.execute(unit, CHANGE);
            }
        }
    }

    @BeforeEach
    void province() {
        String registry = postgres.create("registry");
        unit = postgres.create("unit_a");
        String schema = UnitDatabase.referenceSchema();
        postgres.execute(registry, schema + Province.REGISTRY);
        postgres.execute(unit, schema + Province.UNIT.replace("TIMESTAMP WITH TIME ZONE '", "TIMESTAMPTZ '"));
        config = Pipelines.write(
                dir, Province.serverConfig(postgres.user(), postgres.url(registry), "postgres", postgres.url(unit)));
    }

    @AfterEach
    void drop() {
        postgres.dropAll();
    }

    @Test
    void aTaskAndItsEventsCommittedBetweenTheTaskStepAndTheEventStepComeTogetherInTheNextRun() {
        RunManifest changed = Pipelines.extract(config, new ChangeAfterTasks()).manifest();

        assertThat(events(changed).rejectedByRule())
                .as("rejects of the run's events")
                .isEmpty();
        assertThat(eventIds())
                .as("the lake's events after a run whose tasks were read before the change")
                .containsExactlyInAnyOrder(1L, 2L, 3L, 4L);
        assertThat(taskStatuses()).containsExactlyInAnyOrder("T1:open", "T2:completed", "T3:in_progress");

        RunManifest next = Pipelines.extract(config).manifest();

        assertThat(events(next))
                .extracting(RelationReport::read, RelationReport::accepted, RelationReport::rejected)
                .containsExactly(3L, 3L, 0L);
        assertThat(eventIds()).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(taskStatuses())
                .containsExactlyInAnyOrder("T1:completed", "T2:completed", "T3:in_progress", "T9:open");
    }

    private static RelationReport events(RunManifest manifest) {
        return manifest.sources().stream()
                .filter(s -> s.sourceId().equals("unit-a"))
                .findFirst()
                .orElseThrow()
                .relations()
                .stream()
                .filter(r -> r.relation().equals("task_event"))
                .findFirst()
                .orElseThrow();
    }

    private List<Object> eventIds() {
        return new RelationDataset(dir.resolve("lake"), Relation.TASK_EVENT, "unit-a")
                .currentRows().stream().map(r -> r[1]).toList();
    }

    private List<String> taskStatuses() {
        int status = Relation.TASK.columnNames().indexOf("status") + 1;
        return new RelationDataset(dir.resolve("lake"), Relation.TASK, "unit-a")
                .currentRows().stream().map(r -> r[1] + ":" + r[status]).toList();
    }
}

package vn.kyluat.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.batch.core.BatchStatus;
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
 * A step that stops after committed chunks, then restarts after the source changed in front of its
 * position: with both readers (binary COPY for {@code postgres}, the cursor for {@code jdbc}), the
 * restart resumes after the last committed key, so it neither skips nor repeats a row.
 */
class ExtractRestartByKeyIntegrationTests {
    @TempDir
    Path dir;

    final PostgresDatabases postgres = new PostgresDatabases();

    /** Fails the chunk holding task T7, after three chunks of two tasks committed. */
    static final class FailAtT7 implements ItemWriteListener<List<CheckedRow>> {
        @Override
        public void afterWrite(Chunk<? extends List<CheckedRow>> blocks) {
            if (blocks.getItems().stream().flatMap(List::stream).anyMatch(r -> "T7".equals(r.values()[0]))) {
                throw new IllegalStateException("killed while writing T7");
            }
        }
    }

    @AfterEach
    void drop() {
        postgres.dropAll();
    }

    @ParameterizedTest(name = "{0} reader, source change: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "postgres|INSERT INTO task SELECT 'T0', title, origin_ref, lead_org_code, assignee_code, assigned_by_org_code, assigned_at, due_date, priority, authority, status, completed_at, cancelled_at, TIMESTAMPTZ '2024-12-01 08:00:00+07' FROM task WHERE task_code = 'T1'",
                "jdbc|INSERT INTO task SELECT 'T0', title, origin_ref, lead_org_code, assignee_code, assigned_by_org_code, assigned_at, due_date, priority, authority, status, completed_at, cancelled_at, TIMESTAMPTZ '2024-12-01 08:00:00+07' FROM task WHERE task_code = 'T1'",
                "postgres|DELETE FROM task WHERE task_code = 'T2'",
                "jdbc|DELETE FROM task WHERE task_code = 'T2'"
            })
    void aRestartResumesAfterTheLastCommittedKeyWhateverChangedBeforeIt(String type, String change) {
        String registry = postgres.create("registry");
        String unit = postgres.create("unit_a");
        String schema = UnitDatabase.referenceSchema();
        postgres.execute(registry, schema + Province.REGISTRY);
        postgres.execute(unit, schema + Province.UNIT.replace("TIMESTAMP WITH TIME ZONE '", "TIMESTAMPTZ '"));
        for (int i = 4; i <= 9; i++) {
            postgres.execute(
                    unit,
                    "INSERT INTO task SELECT 'T" + i + "', title, origin_ref, lead_org_code, assignee_code,"
                            + " assigned_by_org_code, assigned_at, due_date, priority, authority, status, completed_at, cancelled_at, updated_at"
                            + " FROM task WHERE task_code = 'T1'");
        }
        Path config = Pipelines.write(
                dir,
                "extract: {chunk_size: 2}\n"
                        + Province.serverConfig(postgres.user(), postgres.url(registry), type, postgres.url(unit)));

        var killed = Pipelines.extract(config, new FailAtT7());
        assertThat(killed.jobStatus()).isEqualTo(BatchStatus.FAILED);
        postgres.execute(unit, change);
        var restarted = Pipelines.restart(config);

        assertThat(restarted.manifest().status()).isEqualTo(RunManifest.COMPLETED);
        assertThat(taskReport(restarted.manifest()))
                .extracting(RelationReport::read, RelationReport::accepted, RelationReport::rejected)
                .containsExactly(9L, 9L, 0L);
        RelationDataset tasks = new RelationDataset(dir.resolve("lake"), Relation.TASK, "unit-a");
        assertThat(tasks.currentRows())
                .extracting(r -> (String) r[1])
                .containsExactly("T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9");

        // The row inserted in front of the restart's position is the next run's, as after an uninterrupted
        // run; so is the row deleted there, which that run's key census drops.
        Pipelines.extract(config);
        assertThat(tasks.currentRows())
                .extracting(r -> (String) r[1])
                .containsExactlyInAnyOrderElementsOf(
                        change.startsWith("INSERT")
                                ? List.of("T0", "T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9")
                                : List.of("T1", "T3", "T4", "T5", "T6", "T7", "T8", "T9"));
    }

    private static RelationReport taskReport(RunManifest manifest) {
        return manifest.sources().stream()
                .filter(s -> s.sourceId().equals("unit-a"))
                .findFirst()
                .orElseThrow()
                .relations()
                .stream()
                .filter(r -> r.relation().equals("task"))
                .findFirst()
                .orElseThrow();
    }
}

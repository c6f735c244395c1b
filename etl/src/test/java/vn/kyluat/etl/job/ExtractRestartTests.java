package vn.kyluat.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.infrastructure.item.Chunk;
import vn.kyluat.contract.Relation;
import vn.kyluat.contract.manifest.RunManifest;
import vn.kyluat.etl.lake.RelationDataset;
import vn.kyluat.etl.support.Pipelines;
import vn.kyluat.etl.support.Province;
import vn.kyluat.etl.support.UnitDatabase;

/** A run that fails in the middle of a step, then restarts as the same job instance. */
class ExtractRestartTests {
    @TempDir
    Path dir;

    /** Fails the chunk holding task T5 after its part file is written, before the chunk commits. */
    static final class FailAfterWritingT5 implements ItemWriteListener<List<CheckedRow>> {
        @Override
        public void afterWrite(Chunk<? extends List<CheckedRow>> blocks) {
            if (blocks.getItems().stream().flatMap(List::stream).anyMatch(r -> "T5".equals(r.values()[0]))) {
                throw new IllegalStateException("disk full while writing T5");
            }
        }
    }

    @Test
    void aRestartAfterAFailedChunkNeitherLosesNorRepeatsARow() {
        UnitDatabase registry = UnitDatabase.create(dir, "registry");
        registry.execute(Province.REGISTRY);
        UnitDatabase unit = UnitDatabase.create(dir, "unit-a");
        unit.execute(Province.UNIT);
        for (int i = 4; i <= 7; i++) {
            unit.execute(
                    "INSERT INTO task SELECT 'T" + i
                            + "', title, origin_ref, lead_org_code, assignee_code, assigned_by_org_code,"
                            + " assigned_at, due_date, priority, authority, status, completed_at, cancelled_at, updated_at FROM task WHERE task_code = 'T1'");
        }
        Path config =
                Pipelines.write(dir, "extract:\n  chunk_size: 2\n" + Province.config(registry.url(), unit.url(), ""));

        var failed = Pipelines.extract(config, new FailAfterWritingT5());

        assertThat(failed.jobStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(failed.manifest().status()).isEqualTo(RunManifest.PARTIAL);
        assertThat(failed.manifest().sources().get(1).error()).contains("disk full while writing T5");
        RelationDataset tasks = new RelationDataset(dir.resolve("lake"), Relation.TASK, "unit-a");
        assertThat(tasks.current()).isEmpty();

        var restarted = Pipelines.restart(config);

        assertThat(restarted.runId()).isEqualTo(failed.runId());
        assertThat(restarted.manifest().status()).isEqualTo(RunManifest.COMPLETED);
        var report = restarted.manifest().sources().get(1).relations().get(0);
        assertThat(report.relation()).isEqualTo("task");
        assertThat(report.read()).isEqualTo(7);
        assertThat(report.accepted()).isEqualTo(7);
        List<Object[]> rows = tasks.currentRows();
        assertThat(rows).extracting(r -> (String) r[1]).containsExactly("T1", "T2", "T3", "T4", "T5", "T6", "T7");
        assertThat(tasks.parts(tasks.current().orElseThrow().version()))
                .extracting(p -> p.getFileName().toString())
                .containsExactly(
                        "part-" + failed.runId() + "-c000000000000.parquet",
                        "part-" + failed.runId() + "-c000000000002.parquet",
                        "part-" + failed.runId() + "-c000000000004.parquet",
                        "part-" + failed.runId() + "-c000000000006.parquet");
    }

    /** Fails the chunk holding task T3 the first time. */
    static final class FailAtT3 implements ItemWriteListener<List<CheckedRow>> {
        @Override
        public void afterWrite(Chunk<? extends List<CheckedRow>> blocks) {
            if (blocks.getItems().stream().flatMap(List::stream).anyMatch(r -> "T3".equals(r.values()[0]))) {
                throw new IllegalStateException("killed while writing T3");
            }
        }
    }

    @Test
    void aChunkEndsAfterItsLastKeysDuplicatesSoARestartByKeyStillRejectsThem() {
        UnitDatabase registry = UnitDatabase.create(dir, "registry");
        registry.execute(Province.REGISTRY);
        UnitDatabase unit = UnitDatabase.create(dir, "unit-a");
        unit.execute(Province.UNIT);
        // An older copy of T2: it sorts right after T2, where a chunk of two rows would end.
        unit.execute(
                "INSERT INTO task SELECT task_code, 'cũ', origin_ref, lead_org_code, assignee_code, assigned_by_org_code,"
                        + " assigned_at, due_date, priority, authority, status, completed_at, cancelled_at, updated_at - INTERVAL '1' DAY"
                        + " FROM task WHERE task_code = 'T2'");
        Path config =
                Pipelines.write(dir, "extract:\n  chunk_size: 2\n" + Province.config(registry.url(), unit.url(), ""));

        assertThat(Pipelines.extract(config, new FailAtT3()).jobStatus()).isEqualTo(BatchStatus.FAILED);
        var restarted = Pipelines.restart(config);

        var report = restarted.manifest().sources().get(1).relations().get(0);
        assertThat(report.read()).isEqualTo(4);
        assertThat(report.accepted()).isEqualTo(3);
        assertThat(report.rejectedByRule()).containsExactly(java.util.Map.entry("duplicate_key", 1L));
        RelationDataset tasks = new RelationDataset(dir.resolve("lake"), Relation.TASK, "unit-a");
        assertThat(tasks.currentRows())
                .extracting(r -> r[1] + ":" + r[2])
                .containsExactly("T1:Báo cáo quý", "T2:Rà soát hồ sơ", "T3:Kiểm tra");
    }
}

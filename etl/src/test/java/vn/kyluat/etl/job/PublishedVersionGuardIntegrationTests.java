package vn.kyluat.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.infrastructure.item.Chunk;
import vn.kyluat.contract.Relation;
import vn.kyluat.contract.manifest.RunManifest;
import vn.kyluat.etl.lake.RelationDataset;
import vn.kyluat.etl.support.LakeSnapshot;
import vn.kyluat.etl.support.Pipelines;
import vn.kyluat.etl.support.PostgresDatabases;
import vn.kyluat.etl.support.Province;
import vn.kyluat.etl.support.UnitDatabase;

/**
 * A restart that re-runs a step whose version is published already (its record lost, as a job
 * repository may lose it to a SIGKILL) writes a new version and leaves the published one as it was.
 */
class PublishedVersionGuardIntegrationTests {
    @TempDir
    Path dir;

    final PostgresDatabases postgres = new PostgresDatabases();

    /** Fails the events' chunk, after the run's tasks are published. */
    static final class FailInEvents implements ItemWriteListener<List<CheckedRow>> {
        @Override
        public void afterWrite(Chunk<? extends List<CheckedRow>> blocks) {
            if (blocks.getItems().stream().flatMap(List::stream).anyMatch(r -> r.values()[0] instanceof Long)) {
                throw new IllegalStateException("killed while writing events");
            }
        }
    }

    @AfterEach
    void drop() {
        postgres.dropAll();
    }

    @Test
    void aRestartThatRerunsAPublishedStepLeavesThePublishedVersionWhole() throws SQLException {
        String registry = postgres.create("registry");
        String unit = postgres.create("unit_a");
        String schema = UnitDatabase.referenceSchema();
        postgres.execute(registry, schema + Province.REGISTRY);
        postgres.execute(unit, schema + Province.UNIT.replace("TIMESTAMP WITH TIME ZONE '", "TIMESTAMPTZ '"));
        Path config = Pipelines.write(
                dir, Province.serverConfig(postgres.user(), postgres.url(registry), "postgres", postgres.url(unit)));
        Pipelines.extract(config);
        postgres.execute(unit, """
        UPDATE task SET title = 'Báo cáo quý (sửa)', updated_at = TIMESTAMPTZ '2024-10-01 08:00:00+07' WHERE task_code = 'T1';
        INSERT INTO task_event VALUES (5, 'T1', 'reminded', TIMESTAMPTZ '2024-10-01 08:00:00+07', NULL, NULL, NULL, NULL);
        """);
        assertThat(Pipelines.extract(config, new FailInEvents()).jobStatus()).isEqualTo(BatchStatus.FAILED);
        Path tasks = new RelationDataset(dir.resolve("lake"), Relation.TASK, "unit-a").dir();
        Map<String, String> published = LakeSnapshot.of(tasks);
        forgetTaskSteps();

        RunManifest restarted = Pipelines.restart(config).manifest();

        assertThat(restarted.status()).isEqualTo(RunManifest.COMPLETED);
        assertThat(new RelationDataset(dir.resolve("lake"), Relation.TASK, "unit-a").currentRows())
                .extracting(r -> r[1] + ":" + r[2])
                .containsExactlyInAnyOrder("T1:Báo cáo quý (sửa)", "T2:Rà soát hồ sơ", "T3:Kiểm tra");
        assertThat(LakeSnapshot.of(tasks)).as("the task dataset's files").isEqualTo(published);
    }

    /** The job repository forgets that the failed run extracted and published unit-a's tasks. */
    private void forgetTaskSteps() throws SQLException {
        String steps =
                "SELECT STEP_EXECUTION_ID FROM BATCH_STEP_EXECUTION WHERE STEP_NAME IN ('unit-a.task', 'unit-a.task.publish')"
                        + " AND JOB_EXECUTION_ID = (SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION)";
        String url = "jdbc:h2:file:"
                + dir.resolve("batch").resolve("job-repository").toAbsolutePath() + ";DB_CLOSE_DELAY=-1";
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement()) {
            statement.executeUpdate(
                    "DELETE FROM BATCH_STEP_EXECUTION_CONTEXT WHERE STEP_EXECUTION_ID IN (" + steps + ")");
            assertThat(statement.executeUpdate(
                            "DELETE FROM BATCH_STEP_EXECUTION WHERE STEP_EXECUTION_ID IN (" + steps + ")"))
                    .isEqualTo(2);
        }
    }
}

package vn.kyluat.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kyluat.contract.Relation;
import vn.kyluat.contract.manifest.RelationReport;
import vn.kyluat.contract.manifest.RunManifest;
import vn.kyluat.etl.lake.RelationDataset;
import vn.kyluat.etl.support.LakeSnapshot;
import vn.kyluat.etl.support.Pipelines;
import vn.kyluat.etl.support.PostgresDatabases;
import vn.kyluat.etl.support.Province;
import vn.kyluat.etl.support.UnitDatabase;

/** Incremental runs against a PostgreSQL unit that keeps changing: late commits and events that come before their task. */
class ExtractLiveSourceIntegrationTests {
    @TempDir
    Path dir;

    final PostgresDatabases postgres = new PostgresDatabases();
    String registry;
    String unit;
    Path lake;

    @BeforeEach
    void province() {
        registry = postgres.create("registry");
        unit = postgres.create("unit_a");
        String schema = UnitDatabase.referenceSchema();
        postgres.execute(registry, schema + Province.REGISTRY);
        postgres.execute(unit, schema + Province.UNIT.replace("TIMESTAMP WITH TIME ZONE '", "TIMESTAMPTZ '"));
        lake = dir.resolve("lake");
    }

    @AfterEach
    void drop() {
        postgres.dropAll();
    }

    private Path config(String extract) {
        return Pipelines.write(
                dir,
                "extract: {" + extract + "}\n"
                        + Province.serverConfig(
                                postgres.user(), postgres.url(registry), "postgres", postgres.url(unit)));
    }

    private static RelationReport report(RunManifest manifest, String relation) {
        return manifest.sources().stream()
                .filter(s -> s.sourceId().equals("unit-a"))
                .findFirst()
                .orElseThrow()
                .relations()
                .stream()
                .filter(r -> r.relation().equals(relation))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aTaskAndAnEventCommittedLateBelowTheWatermarkAreLoadedByTheNextRunOnceAndOnlyOnce() {
        Path config = config("lookback: 2h, event_lookback: 100");
        Pipelines.extract(config);

        // A long transaction commits after the run: its task was updated 30 min before the last watermark
        // (2024-09-30 23:30 local), its event took an id below the last one read (4).
        postgres.execute(unit, """
        INSERT INTO task VALUES ('T0', 'Muộn', NULL, 'G1', NULL, 'BLOC', TIMESTAMPTZ '2024-09-30 09:00:00+07', DATE '2024-12-31', 'normal', 'within', 'open', NULL, NULL, TIMESTAMPTZ '2024-09-30 23:00:00+07');
        INSERT INTO task_event VALUES (0, 'T1', 'reminded', TIMESTAMPTZ '2024-07-10 08:00:00+07', NULL, NULL, NULL, NULL);
        """);
        RunManifest second = Pipelines.extract(config).manifest();

        assertThat(report(second, "task"))
                .extracting(RelationReport::read, RelationReport::accepted)
                .containsExactly(1L, 1L);
        assertThat(report(second, "task_event"))
                .extracting(RelationReport::read, RelationReport::accepted)
                .containsExactly(1L, 1L);
        assertThat(new RelationDataset(lake, Relation.TASK, "unit-a").currentRows())
                .extracting(r -> r[1])
                .containsExactlyInAnyOrder("T0", "T1", "T2", "T3");
        assertThat(new RelationDataset(lake, Relation.TASK_EVENT, "unit-a").currentRows())
                .extracting(r -> r[1])
                .containsExactlyInAnyOrder(0L, 1L, 2L, 3L, 4L);

        Map<String, String> before = LakeSnapshot.of(lake);
        RunManifest third = Pipelines.extract(config).manifest();
        assertThat(report(third, "task").read()).isZero();
        assertThat(report(third, "task_event").read()).isZero();
        assertThat(LakeSnapshot.of(lake)).isEqualTo(before);
    }

    @Test
    void anEventRejectedForAnUnknownTaskIsRetriedUntilItsTaskArrives() {
        Path config = config("orphan_retry_runs: 3");
        postgres.execute(
                unit,
                "INSERT INTO task_event VALUES (5, 'T9', 'reminded', TIMESTAMPTZ '2024-09-01 08:00:00+07', NULL, NULL, NULL, NULL)");
        RunManifest first = Pipelines.extract(config).manifest();
        assertThat(report(first, "task_event").rejectedByRule())
                .containsExactly(Map.entry("event_for_unknown_task", 1L));

        RunManifest second = Pipelines.extract(config).manifest();
        assertThat(report(second, "task_event"))
                .extracting(RelationReport::read, RelationReport::rejected)
                .containsExactly(1L, 1L);

        postgres.execute(
                unit,
                "INSERT INTO task VALUES ('T9', 'Đến sau', NULL, 'G1', NULL, 'BLOC', TIMESTAMPTZ '2024-08-01 08:00:00+07', DATE '2024-12-31', 'normal', 'within', 'open', NULL, NULL, TIMESTAMPTZ '2024-10-05 08:00:00+07')");
        RunManifest third = Pipelines.extract(config).manifest();

        assertThat(report(third, "task_event"))
                .extracting(RelationReport::read, RelationReport::accepted, RelationReport::rejected)
                .containsExactly(1L, 1L, 0L);
        assertThat(new RelationDataset(lake, Relation.TASK_EVENT, "unit-a").currentRows())
                .extracting(r -> r[1])
                .containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L);
        assertThat(report(Pipelines.extract(config).manifest(), "task_event").read())
                .isZero();
    }

    @Test
    void anOrphanEventStaysRejectedAfterTheRetryLimit() {
        Path config = config("orphan_retry_runs: 1");
        postgres.execute(
                unit,
                "INSERT INTO task_event VALUES (5, 'T9', 'reminded', TIMESTAMPTZ '2024-09-01 08:00:00+07', NULL, NULL, NULL, NULL)");
        Pipelines.extract(config);

        assertThat(report(Pipelines.extract(config).manifest(), "task_event"))
                .extracting(RelationReport::read, RelationReport::rejected)
                .containsExactly(1L, 1L);
        assertThat(report(Pipelines.extract(config).manifest(), "task_event").read())
                .isZero();
    }
}

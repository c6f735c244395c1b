package vn.kyluat.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
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

/** The extraction against real PostgreSQL unit systems, with the job repository in PostgreSQL too. */
class ExtractPostgresIntegrationTests {
    @TempDir
    Path dir;

    final PostgresDatabases postgres = new PostgresDatabases();
    String unit;
    Path config;

    @BeforeEach
    void province() {
        String registry = postgres.create("registry");
        unit = postgres.create("unit_a");
        String batch = postgres.create("batch");
        String schema = UnitDatabase.referenceSchema();
        postgres.execute(registry, schema + Province.REGISTRY);
        postgres.execute(unit, schema + Province.UNIT.replace("TIMESTAMP WITH TIME ZONE '", "TIMESTAMPTZ '"));
        config = Pipelines.write(dir, """
        job_repository:
          url: %s
          user: %s
        sources:
          - id: registry
            type: postgres
            registry: true
            url: %s
            user: %s
          - id: unit-a
            type: postgres
            url: %s
            user: %s
          - id: unit-b
            type: postgres
            url: jdbc:postgresql://127.0.0.1:1/kyluat_nowhere
        """.formatted(
                        postgres.url(batch),
                        postgres.user(),
                        postgres.url(registry),
                        postgres.user(),
                        postgres.url(unit),
                        postgres.user()));
    }

    @AfterEach
    void drop() {
        postgres.dropAll();
    }

    private static RelationReport report(RunManifest manifest, String source, String relation) {
        return manifest.sources().stream()
                .filter(s -> s.sourceId().equals(source))
                .findFirst()
                .orElseThrow()
                .relations()
                .stream()
                .filter(r -> r.relation().equals(relation))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void postgresUnitsLoadThenOnlyTheirChangesAreReadAndAnUnchangedRerunKeepsTheLake() {
        RunManifest first = Pipelines.extract(config).manifest();

        assertThat(first.status()).isEqualTo(RunManifest.PARTIAL);
        assertThat(first.sources().get(2).error())
                .isEqualTo(
                        "source unit-b: cannot connect to jdbc:postgresql://127.0.0.1:1/kyluat_nowhere: Connection refused"
                                + " (configuration: " + config.toAbsolutePath() + ":14)");
        assertThat(report(first, "unit-a", "task").watermarkAfter()).isEqualTo("2024-09-30T16:30:00Z");
        Path lake = dir.resolve("lake");
        List<Object[]> tasks = new RelationDataset(lake, Relation.TASK, "unit-a").currentRows();
        assertThat(tasks).extracting(r -> r[1]).containsExactly("T1", "T2", "T3");
        assertThat(tasks.get(1)[12]).isEqualTo(java.time.Instant.parse("2024-09-30T16:30:00Z"));

        postgres.execute(unit, """
        UPDATE task SET title = 'Báo cáo quý (sửa)', updated_at = TIMESTAMPTZ '2024-10-02 10:00:00+07' WHERE task_code = 'T3';
        INSERT INTO task VALUES ('T4', 'Mới', NULL, 'G2', NULL, 'BLOC', TIMESTAMPTZ '2024-10-01 08:00:00+07', DATE '2024-12-31', 'normal', 'within', 'open', NULL, NULL, TIMESTAMPTZ '2024-10-01 08:00:00+07');
        """);
        RunManifest second = Pipelines.extract(config).manifest();

        assertThat(report(second, "unit-a", "task"))
                .extracting(RelationReport::mode, RelationReport::read, RelationReport::accepted)
                .containsExactly("incremental", 2L, 2L);
        assertThat(new RelationDataset(lake, Relation.TASK, "unit-a").currentRows())
                .extracting(r -> r[1] + ":" + r[2])
                .containsExactlyInAnyOrder("T1:Báo cáo quý", "T2:Rà soát hồ sơ", "T3:Báo cáo quý (sửa)", "T4:Mới");

        Map<String, String> before = LakeSnapshot.of(lake);
        RunManifest third = Pipelines.extract(config).manifest();
        assertThat(report(third, "unit-a", "task").read()).isZero();
        assertThat(LakeSnapshot.of(lake)).isEqualTo(before);
    }
}

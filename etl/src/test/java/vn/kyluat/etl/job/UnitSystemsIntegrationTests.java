package vn.kyluat.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kyluat.contract.Relation;
import vn.kyluat.contract.manifest.RelationReport;
import vn.kyluat.contract.manifest.RunManifest;
import vn.kyluat.contract.manifest.SourceReport;
import vn.kyluat.etl.lake.RelationDataset;
import vn.kyluat.etl.support.MariaDatabases;
import vn.kyluat.etl.support.Pipelines;
import vn.kyluat.etl.support.PostgresDatabases;
import vn.kyluat.etl.support.Province;
import vn.kyluat.etl.support.UnitDatabase;

/** Unit systems as offices run them, on real PostgreSQL and MariaDB servers. */
class UnitSystemsIntegrationTests {
    /** Only the registry's two tables, as a registry database holds them. */
    private static final String REGISTRY_ONLY_SCHEMA = UnitDatabase.referenceSchema()
            .substring(0, UnitDatabase.referenceSchema().indexOf("-- No or CHECK"));

    @TempDir
    Path dir;

    final PostgresDatabases postgres = new PostgresDatabases();
    final MariaDatabases mariadb = new MariaDatabases();
    String registryUrl;

    @AfterEach
    void drop() {
        postgres.dropAll();
        mariadb.dropAll();
    }

    private String postgresUnit() {
        String unit = postgres.create("unit_a");
        postgres.execute(
                unit,
                UnitDatabase.referenceSchema() + Province.UNIT.replace("TIMESTAMP WITH TIME ZONE '", "TIMESTAMPTZ '"));
        return postgres.url(unit);
    }

    private String registryOnlyConfig(String keeps) {
        String registry = postgres.create("registry");
        postgres.execute(registry, REGISTRY_ONLY_SCHEMA + Province.REGISTRY);
        registryUrl = postgres.url(registry);
        return """
        sources:
          - id: registry
            type: postgres
            registry: true
            url: %s
            user: %s
        %s
          - id: unit-a
            type: postgres
            url: %s
            user: %s
        """.formatted(registryUrl, postgres.user(), keeps, postgresUnit(), postgres.user());
    }

    private static SourceReport source(RunManifest manifest, String id) {
        return manifest.sources().stream()
                .filter(s -> s.sourceId().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aRegistryDatabaseDeclaresTheTwoRelationsItKeeps() {
        Path config = Pipelines.write(dir, registryOnlyConfig("    keeps: [org_unit, staff]"));

        RunManifest manifest = Pipelines.extract(config).manifest();

        assertThat(manifest.status()).isEqualTo(RunManifest.COMPLETED);
        assertThat(source(manifest, "registry").relations())
                .extracting(r -> r.relation() + ":" + r.status() + ":" + r.accepted())
                .containsExactly(
                        "org_unit:COMPLETED:4",
                        "staff:COMPLETED:2",
                        "task:NOT_KEPT:0",
                        "task_event:NOT_KEPT:0",
                        "discipline_action:NOT_KEPT:0",
                        "inspection_finding:NOT_KEPT:0");
        assertThat(source(manifest, "unit-a").relations())
                .extracting(RelationReport::rejected)
                .containsOnly(0L);
    }

    @Test
    void aMissingTableNotDeclaredNamesTheConfigurationLineAndTheFix() {
        Path config = Pipelines.write(dir, registryOnlyConfig(""));

        RunManifest manifest = Pipelines.extract(config).manifest();

        assertThat(manifest.status()).isEqualTo(RunManifest.PARTIAL);
        assertThat(source(manifest, "registry").error())
                .isEqualTo("source registry: cannot read task from " + registryUrl
                        + ": ERROR: relation \"task\" does not exist; if this unit does not keep task, leave it out of the source's"
                        + " 'keeps' list (e.g. keeps: [org_unit, staff]), otherwise map it to the unit's own table under 'relations:'"
                        + " (configuration: " + config.toAbsolutePath() + ":2)");
    }

    @Test
    void aVietnameseNamedTableIsMappedWithItsOwnSql() {
        String registry = postgres.create("registry");
        postgres.execute(registry, UnitDatabase.referenceSchema() + Province.REGISTRY);
        String unit = postgres.create("unit_vn");
        postgres.execute(unit, """
        CREATE TABLE "công_việc" ("mã_cv" text, "tiêu_đề" text, "đơn_vị_chủ_trì" text, "đơn_vị_giao" text,
          "ngày_giao" timestamp, "hạn" date, "độ_khẩn" text, "thẩm_quyền" text, "trạng_thái" text, "ngày_xong" timestamp,
          "cập_nhật" timestamp);
        INSERT INTO "công_việc" VALUES
          ('CV-01', 'Báo cáo chuyên đề', 'G1', 'BLOC', '2024-07-01 08:00', '2024-09-30', 'Khẩn', 'Trong thẩm quyền', 'Đã xong', '2024-09-30 23:30', '2024-09-30 23:30'),
          ('CV-02', 'Rà soát đảng viên', 'G2', 'BLOC', '2024-07-02 09:00', '2024-10-31', 'Thường', 'Vượt thẩm quyền', 'Đang làm', NULL, '2024-07-02 09:00');
        """);
        Path config = Pipelines.write(
                dir, """
        sources:
          - id: registry
            type: postgres
            registry: true
            url: %s
            user: %s
          - id: unit-vn
            type: jdbc
            url: %s
            user: %s
            keeps: [task]
            relations:
              task: >-
                SELECT "mã_cv" AS task_code, "tiêu_đề" AS title, NULL AS origin_ref,
                  "đơn_vị_chủ_trì" AS lead_org_code, NULL AS assignee_code, "đơn_vị_giao" AS assigned_by_org_code,
                  "ngày_giao" AS assigned_at, "hạn" AS due_date,
                  CASE "độ_khẩn" WHEN 'Khẩn' THEN 'urgent' WHEN 'Thường' THEN 'normal' END AS priority,
                  CASE "thẩm_quyền" WHEN 'Trong thẩm quyền' THEN 'within' ELSE 'beyond' END AS authority,
                  CASE "trạng_thái" WHEN 'Đã xong' THEN 'completed' ELSE 'in_progress' END AS status,
                  "ngày_xong" AS completed_at, NULL AS cancelled_at, "cập_nhật" AS updated_at
                FROM "công_việc"
        """.formatted(postgres.url(registry), postgres.user(), postgres.url(unit), postgres.user()));

        RunManifest manifest = Pipelines.extract(config).manifest();

        assertThat(manifest.status()).isEqualTo(RunManifest.COMPLETED);
        assertThat(source(manifest, "unit-vn").relations())
                .extracting(r -> r.relation() + ":" + r.status() + ":" + r.accepted())
                .containsExactly(
                        "task:COMPLETED:2",
                        "task_event:NOT_KEPT:0",
                        "discipline_action:NOT_KEPT:0",
                        "inspection_finding:NOT_KEPT:0");
        List<Object[]> tasks = new RelationDataset(dir.resolve("lake"), Relation.TASK, "unit-vn").currentRows();
        assertThat(tasks)
                .extracting(r -> r[1] + "|" + r[2] + "|" + r[9] + "|" + r[10] + "|" + r[11])
                .containsExactly(
                        "CV-01|Báo cáo chuyên đề|urgent|within|completed",
                        "CV-02|Rà soát đảng viên|normal|beyond|in_progress");
        assertThat(tasks.get(0)[12]).isEqualTo(Instant.parse("2024-09-30T16:30:00Z"));
    }

    @Test
    void aMariaDbUnitSystemLoadsWholeThenIncrementally() {
        String schema = MariaDatabases.referenceSchema();
        String registry = mariadb.create("registry");
        mariadb.execute(registry, schema + Province.REGISTRY);
        String unit = mariadb.create("unit_m");
        mariadb.execute(
                unit,
                schema + Province.UNIT.replaceAll("TIMESTAMP WITH TIME ZONE '([^']*)\\+07:00'", "TIMESTAMP '$1'"));
        Path config = Pipelines.write(
                dir, """
        sources:
          - id: registry
            type: jdbc
            registry: true
            url: %s
            user: %s
          - id: unit-m
            type: jdbc
            url: %s
            user: %s
        """.formatted(mariadb.url(registry), mariadb.user(), mariadb.url(unit), mariadb.user()));

        RunManifest first = Pipelines.extract(config).manifest();

        assertThat(first.status()).isEqualTo(RunManifest.COMPLETED);
        assertThat(source(first, "registry").relations())
                .extracting(r -> r.relation() + ":" + r.accepted())
                .containsExactly(
                        "org_unit:4",
                        "staff:2",
                        "task:0",
                        "task_event:0",
                        "discipline_action:0",
                        "inspection_finding:0");
        assertThat(source(first, "unit-m").relations())
                .extracting(r -> r.relation() + ":" + r.mode() + ":" + r.accepted() + ":" + r.rejected())
                .containsExactly(
                        "task:full:3:0",
                        "task_event:full:4:0",
                        "discipline_action:full:1:0",
                        "inspection_finding:full:1:0");
        Path lake = dir.resolve("lake");
        List<Object[]> tasks = new RelationDataset(lake, Relation.TASK, "unit-m").currentRows();
        assertThat(tasks).extracting(r -> r[1]).containsExactly("T1", "T2", "T3");
        assertThat(tasks.get(1)[12]).isEqualTo(Instant.parse("2024-09-30T16:30:00Z"));
        assertThat(tasks.get(1)[8]).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(new RelationDataset(lake, Relation.STAFF, "registry").currentRows())
                .extracting(r -> r[2] + ":" + r[5])
                .containsExactly("Nguyễn Văn An:true", "Trần Thị Bình:false");

        mariadb.execute(unit, """
        UPDATE task SET title = 'Kiểm tra (sửa)', updated_at = TIMESTAMP '2024-10-02 10:00:00' WHERE task_code = 'T3';
        INSERT INTO task_event VALUES (5, 'T3', 'transferred', TIMESTAMP '2024-10-02 10:00:00', 'G1', 'G2', NULL, NULL);
        """);
        RunManifest second = Pipelines.extract(config).manifest();

        assertThat(source(second, "unit-m").relations())
                .extracting(r -> r.relation() + ":" + r.mode() + ":" + r.read())
                .startsWith("task:incremental:1", "task_event:incremental:1");
        assertThat(new RelationDataset(lake, Relation.TASK, "unit-m").currentRows())
                .extracting(r -> r[1] + ":" + r[2])
                .containsExactlyInAnyOrder("T1:Báo cáo quý", "T2:Rà soát hồ sơ", "T3:Kiểm tra (sửa)");
    }
}

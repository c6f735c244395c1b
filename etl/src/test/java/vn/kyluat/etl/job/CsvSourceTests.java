package vn.kyluat.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kyluat.contract.Relation;
import vn.kyluat.contract.manifest.RunManifest;
import vn.kyluat.etl.lake.RelationDataset;
import vn.kyluat.etl.support.Pipelines;
import vn.kyluat.etl.support.Province;
import vn.kyluat.etl.support.UnitDatabase;

class CsvSourceTests {
    @TempDir
    Path dir;

    @Test
    void aSpreadsheetExportIsLoadedWithLocalTimesAndVietnameseDates() throws Exception {
        UnitDatabase registry = UnitDatabase.create(dir, "registry");
        registry.execute(Province.REGISTRY);
        Path units = Files.createDirectories(dir.resolve("units/unit-csv"));
        Files.write(
                units.resolve("task.csv"),
                ("\uFEFF"
                                + "updated_at,task_code,title,due_date,assigned_at,assigned_by_org_code,lead_org_code,priority,authority,status,completed_at\r\n"
                                + "2024-09-30 23:30:00,C1,\"Báo cáo, quý\",30/09/2024,2024-07-01T08:00:00,BLOC,G1,urgent,within,completed,2024-09-30T23:30:00\r\n"
                                + "2024-07-02T09:00:00+07:00,C2,Rà soát,15/08/2024,2024-07-02 09:00,BLOC,,normal,beyond,open,\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        Path config = Pipelines.write(dir, """
        sources:
          - id: registry
            type: jdbc
            registry: true
            url: "%s"
            user: sa
          - id: unit-csv
            type: csv
            path: units/unit-csv
        """.formatted(registry.url()));

        RunManifest manifest = Pipelines.extract(config).manifest();

        assertThat(manifest.status()).isEqualTo(RunManifest.COMPLETED);
        assertThat(manifest.sources().get(1).relations())
                .extracting(r -> r.relation() + ":" + r.status() + ":" + r.accepted())
                .containsExactly(
                        "task:COMPLETED:2",
                        "task_event:NOT_KEPT:0",
                        "discipline_action:NOT_KEPT:0",
                        "inspection_finding:NOT_KEPT:0");
        List<Object[]> tasks = new RelationDataset(dir.resolve("lake"), Relation.TASK, "unit-csv").currentRows();
        Object[] c1 = tasks.get(0);
        assertThat(c1[1]).isEqualTo("C1");
        assertThat(c1[2]).isEqualTo("Báo cáo, quý");
        assertThat(c1[7]).isEqualTo(Instant.parse("2024-07-01T01:00:00Z"));
        assertThat(c1[8]).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(c1[12]).isEqualTo(Instant.parse("2024-09-30T16:30:00Z"));
        assertThat(tasks.get(1)[4]).isNull();
    }

    @Test
    void aSemicolonExportLoadsAndAMisspeltHeaderFailsOnlyItsOwnSource() throws Exception {
        UnitDatabase registry = UnitDatabase.create(dir, "registry");
        registry.execute(Province.REGISTRY);
        String header =
                "Mã;task_code;title;due_date;assigned_at;assigned_by_org_code;lead_org_code;priority;authority;status;updated_at";
        String row = "1;C1;Báo cáo;30/09/2025;01/07/2025 08:00;BLOC;G1;urgent;within;open;30/09/2025 23:30:15";
        Path good = Files.createDirectories(dir.resolve("units/good"));
        Files.writeString(
                good.resolve("task.csv"),
                header.substring("Mã;".length()) + "\n" + row.substring("1;".length()) + "\n");
        Path bad = Files.createDirectories(dir.resolve("units/bad"));
        Files.writeString(bad.resolve("task.csv"), header + "\n" + row + "\n");
        Path config = Pipelines.write(dir, """
        sources:
          - id: registry
            type: jdbc
            registry: true
            url: "%s"
            user: sa
          - id: good
            type: csv
            path: units/good
          - id: bad
            type: csv
            path: units/bad
        """.formatted(registry.url()));

        RunManifest manifest = Pipelines.extract(config).manifest();

        assertThat(manifest.status()).isEqualTo(RunManifest.PARTIAL);
        assertThat(manifest.sources().get(1).relations().get(0))
                .extracting(r -> r.status() + ":" + r.accepted())
                .isEqualTo("COMPLETED:1");
        Object[] task = new RelationDataset(dir.resolve("lake"), Relation.TASK, "good")
                .currentRows()
                .get(0);
        assertThat(task[7]).isEqualTo(Instant.parse("2025-07-01T01:00:00Z"));
        assertThat(task[14]).isEqualTo(Instant.parse("2025-09-30T16:30:15Z"));
        assertThat(manifest.sources().get(2).error())
                .isEqualTo("source bad: " + bad.resolve("task.csv").toAbsolutePath()
                        + ":1: unknown column 'Mã'. The columns of task are task_code, title, origin_ref, lead_org_code, assignee_code,"
                        + " assigned_by_org_code, assigned_at, due_date, priority, authority, status, completed_at, cancelled_at, updated_at"
                        + " (required: task_code, title, assigned_by_org_code, assigned_at, due_date, priority, authority, status, updated_at)"
                        + " (configuration: " + config.toAbsolutePath() + ":10)");
    }
}

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
import vn.kyluat.etl.lake.RelationDataset;
import vn.kyluat.etl.manifest.RunManifest;
import vn.kyluat.etl.support.Pipelines;
import vn.kyluat.etl.support.Province;
import vn.kyluat.etl.support.UnitDatabase;

class CsvSourceTests {
  @TempDir Path dir;

  @Test
  void aSpreadsheetExportIsLoadedWithLocalTimesAndVietnameseDates() throws Exception {
    UnitDatabase registry = UnitDatabase.create(dir, "registry");
    registry.execute(Province.REGISTRY);
    Path units = Files.createDirectories(dir.resolve("units/unit-csv"));
    Files.write(units.resolve("task.csv"), ("\uFEFF"
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
    assertThat(manifest.sources().get(1).relations()).extracting(r -> r.relation() + ":" + r.status() + ":" + r.accepted())
        .containsExactly("task:COMPLETED:2", "task_event:NOT_KEPT:0", "discipline_action:NOT_KEPT:0", "inspection_finding:NOT_KEPT:0");
    List<Object[]> tasks = new RelationDataset(dir.resolve("lake"), Relation.TASK, "unit-csv").currentRows();
    Object[] c1 = tasks.get(0);
    assertThat(c1[1]).isEqualTo("C1");
    assertThat(c1[2]).isEqualTo("Báo cáo, quý");
    assertThat(c1[7]).isEqualTo(Instant.parse("2024-07-01T01:00:00Z"));
    assertThat(c1[8]).isEqualTo(LocalDate.of(2024, 9, 30));
    assertThat(c1[12]).isEqualTo(Instant.parse("2024-09-30T16:30:00Z"));
    assertThat(tasks.get(1)[4]).isNull();
  }
}

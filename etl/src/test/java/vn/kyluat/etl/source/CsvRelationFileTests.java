package vn.kyluat.etl.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kyluat.contract.Relation;

class CsvRelationFileTests {
  @TempDir Path dir;

  @Test
  void anExcelExportWithByteOrderMarkAndColumnsInAnotherOrderIsRead() throws Exception {
    Path file = dir.resolve("inspection_finding.csv");
    Files.write(file, ("\uFEFFseverity,finding_code,remedy_due_date,org_code,found_at,remedied_at,extra\r\n"
        + "high,F1,30/09/2024,G1,2024-06-01,,x\r\n").getBytes(StandardCharsets.UTF_8));

    List<SourceRow> rows = CsvRelationFile.read(file, Relation.INSPECTION_FINDING);

    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).raw()).containsExactly("F1", "G1", "2024-06-01", "30/09/2024", null, "high");
  }

  @Test
  void aColumnMissingFromTheHeaderReadsAsNull() throws Exception {
    Path file = dir.resolve("discipline_action.csv");
    Files.writeString(file, "action_code,person_code\nD1,P1\n");

    assertThat(CsvRelationFile.read(file, Relation.DISCIPLINE_ACTION).get(0).raw())
        .containsExactly("D1", "P1", null, null, null, null);
  }

  @Test
  void rowsComeByKeyWithTheLatestVersionOfAKeyFirst() {
    SourceRow older = new SourceRow(taskRaw("T1", "2024-07-01T08:00:00"));
    SourceRow newer = new SourceRow(taskRaw("T1", "2024-07-02T08:00:00"));
    SourceRow other = new SourceRow(taskRaw("T0", "2024-07-03T08:00:00"));

    assertThat(List.of(older, other, newer).stream().sorted(CsvRelationReader.extractionOrder(Relation.TASK)).toList())
        .containsExactly(other, newer, older);
  }

  private static Object[] taskRaw(String code, String updatedAt) {
    Object[] raw = new Object[Relation.TASK.columns().size()];
    raw[0] = code;
    raw[Relation.TASK.columnNames().indexOf("updated_at")] = updatedAt;
    return raw;
  }
}

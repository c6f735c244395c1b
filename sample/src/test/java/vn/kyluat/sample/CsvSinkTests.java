package vn.kyluat.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvSinkTests {
    @TempDir
    Path folder;

    @Test
    void writesAsASpreadsheetDoes() throws Exception {
        try (CsvSink sink = new CsvSink(folder)) {
            sink.write(new InspectionFindingRow(
                    "F1", "CS001", LocalDate.of(2024, 3, 7), LocalDate.of(2024, 4, 30), null, "low"));
        }
        byte[] bytes = Files.readAllBytes(folder.resolve("inspection_finding.csv"));
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("""
                        \uFEFFfinding_code,found_at,org_code,remedied_at,remedy_due_date,severity\r
                        F1,07/03/2024,CS001,,30/04/2024,low\r
                        """);
    }

    @Test
    void timestampsAreLocalVietnameseTimeWithoutOffset() {
        StringBuilder out = new StringBuilder();
        CsvSink.appendField(Instant.parse("2024-02-29T18:05:09Z"), out);
        assertThat(out).hasToString("2024-03-01T01:05:09");
    }

    @Test
    void quotesCommasQuotesAndEdgeSpaces() {
        StringBuilder out = new StringBuilder();
        CsvSink.appendField("Văn hóa, \"Thể thao\"", out);
        out.append('|');
        CsvSink.appendField("  CV 12/UBND ", out);
        out.append('|');
        CsvSink.appendField(new PlantedBadValue("15/13/2025"), out);
        assertThat(out).hasToString("\"Văn hóa, \"\"Thể thao\"\"\"|\"  CV 12/UBND \"|15/13/2025");
    }

    @Test
    void columnsAreInAnotherOrderThanTheContract() {
        for (vn.kyluat.contract.Relation relation : vn.kyluat.contract.Relation.values()) {
            int[] order = CsvSink.fileOrder(relation);
            assertThat(order)
                    .as(relation.tableName())
                    .hasSize(relation.columns().size())
                    .isNotEqualTo(
                            java.util.stream.IntStream.range(0, order.length).toArray());
        }
    }
}

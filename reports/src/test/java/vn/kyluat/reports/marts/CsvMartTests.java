package vn.kyluat.reports.marts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kyluat.contract.Mart;
import vn.kyluat.contract.MartCsv;
import vn.kyluat.contract.Metric;

class CsvMartTests {
    @TempDir
    Path marts;

    @Test
    void typesEachMetricByItsKindAndReadsEmptyFieldsAsNull() throws IOException {
        List<String> values = new ArrayList<>();
        for (String column : Mart.ORG_QUARTER_METRICS.columns()) {
            values.add(
                    switch (column) {
                        case "quarter" -> "2024Q3";
                        case "org_code" -> "C1";
                        case "scope" -> "subtree";
                        case "org_name" -> "\"Chi bộ Văn phòng, Sở Y tế\"";
                        case "org_kind" -> "party_cell";
                        case "parent_code" -> "G1";
                        case "tasks_due" -> "40";
                        case "on_time_rate" -> "0.825";
                        case "peer_rank" -> "3";
                        case "watch" -> "true";
                        case "funnel_flag" -> "below";
                        default -> "";
                    });
        }
        writeCsv(String.join(",", Mart.ORG_QUARTER_METRICS.columns()) + "\n" + String.join(",", values) + "\n");

        OrgQuarter row = OrgQuarter.of(
                CsvMart.read(marts.toString(), Mart.ORG_QUARTER_METRICS).get(0));

        assertThat(row.orgName()).isEqualTo("Chi bộ Văn phòng, Sở Y tế");
        assertThat(row.value(Metric.TASKS_DUE)).isEqualTo(40L);
        assertThat(row.value(Metric.ON_TIME_RATE)).isEqualTo(0.825);
        assertThat(row.value(Metric.PEER_RANK)).isEqualTo(3);
        assertThat(row.value(Metric.FUNNEL_FLAG)).isEqualTo("below");
        assertThat(row.watch()).isTrue();
        assertThat(row.value(Metric.BOUNCE_RATE)).isNull();
        assertThat(row.parentCode()).isEqualTo("G1");
    }

    @Test
    void whatTheCodecWritesIsReadBackExactly() throws IOException {
        // The one codec (contract's MartCsv) writes, the reader parses: commas, quotes, line breaks and
        // Vietnamese text come back as written, an empty field as null.
        List<String> columns = Mart.TASKS_WITHOUT_LEAD.columns();
        List<List<Object>> rows = new ArrayList<>();
        String[] awkward = {"Kế hoạch, \"đợt 2\"", "dòng một\r\ndòng hai", "  khoảng trắng  ", "#1", null};
        for (String text : awkward) {
            List<Object> row = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                row.add(i == 0 ? "2024Q3" : text);
            }
            rows.add(row);
        }
        StringBuilder csv = new StringBuilder(MartCsv.line(columns));
        rows.forEach(row -> csv.append(MartCsv.line(row)));
        writeCsv(Mart.TASKS_WITHOUT_LEAD, csv.toString());

        List<MartRow> read = CsvMart.read(marts.toString(), Mart.TASKS_WITHOUT_LEAD);

        assertThat(read).hasSize(awkward.length);
        for (int r = 0; r < awkward.length; r++) {
            for (int i = 1; i < columns.size(); i++) {
                assertThat(read.get(r).get(columns.get(i))).as(columns.get(i)).isEqualTo(awkward[r]);
            }
        }
    }

    @Test
    void instantsMayBeWrittenInUtcOrWithTheLocalOffset() {
        assertThat(MartTimes.instant("2024-07-01T08:30:00+07:00"))
                .isEqualTo(java.time.Instant.parse("2024-07-01T01:30:00Z"));
        assertThat(MartTimes.instant("2024-07-01T01:30:00Z"))
                .isEqualTo(java.time.Instant.parse("2024-07-01T01:30:00Z"));
        assertThatThrownBy(() -> MartTimes.instant("2024-07-01 08:30")).isInstanceOf(MartException.class);
    }

    @Test
    void aMissingColumnIsNamed() throws IOException {
        writeCsv("quarter,org_code\n2024Q3,C1\n");
        assertThatThrownBy(() -> CsvMart.read(marts.toString(), Mart.ORG_QUARTER_METRICS))
                .isInstanceOf(MartException.class)
                .hasMessageContaining("missing columns")
                .hasMessageContaining("scope");
    }

    @Test
    void aMissingExportSaysWhichStageMakesIt() {
        assertThatThrownBy(() -> CsvMart.read(marts.toString(), Mart.ORG_QUARTER_METRICS))
                .hasMessageContaining("run the analytics stage first");
    }

    private void writeCsv(String text) throws IOException {
        writeCsv(Mart.ORG_QUARTER_METRICS, text);
    }

    private void writeCsv(Mart mart, String text) throws IOException {
        Path file = Path.of(mart.csvPath(marts.toString()));
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}

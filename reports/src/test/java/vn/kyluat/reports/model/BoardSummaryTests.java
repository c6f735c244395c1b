package vn.kyluat.reports.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kyluat.contract.Mart;
import vn.kyluat.contract.Metric;
import vn.kyluat.contract.Quarter;
import vn.kyluat.reports.config.ReportSettings;
import vn.kyluat.reports.marts.CsvMart;
import vn.kyluat.reports.marts.Marts;
import vn.kyluat.reports.marts.OrgKind;
import vn.kyluat.reports.marts.OrgQuarter;
import vn.kyluat.reports.text.Language;

/**
 * A hand-made bloc whose on-time rate rose from 80 % to 85 % (better, still short of its 95 %
 * target) while its overdue backlog rose from 100 to 150 (worse, over its target of 120), and
 * whose watch list grew from one cell to two.
 */
class BoardSummaryTests {
    static final Quarter Q2 = Quarter.parse("2024Q2");
    static final Quarter Q3 = Quarter.parse("2024Q3");
    static final ReportSettings SETTINGS = new ReportSettings(
            Language.VI, Map.of(Metric.ON_TIME_RATE, 0.95, Metric.BACKLOG_OVERDUE, 120.0), 10, 5, false);

    @TempDir
    Path marts;

    @Test
    void theSentencesSayWhatImprovedWhatWorsenedAgainstTargetsAndWhereTheFiguresComeFrom() throws IOException {
        BoardSummary summary = BoardSummary.of(ReportContext.of(marts(), Q3, null, SETTINGS));

        assertThat(summary.sentences())
                .containsExactly(
                        "B – Đảng uỷ Khối, Quý 3/2024: 1 chỉ tiêu tốt lên, 1 chỉ tiêu xấu đi so với quý trước; đạt 0 trên 2 mục tiêu đã đặt.",
                        "Tỷ lệ đúng hạn: 85,0 %, tăng 5,0 điểm % so với quý trước (tốt lên); mục tiêu từ 95,0 % trở lên: chưa đạt.",
                        "Tồn đọng quá hạn: 150, tăng 50 so với quý trước (xấu đi); mục tiêu không quá 120: chưa đạt.",
                        "2 đơn vị thuộc diện theo dõi (quý trước 1: tăng 1).",
                        "Số liệu tính đến 01/10/2024 00:00 (+07:00), từ các lần trích xuất run-7 (nguồn registry, unit1).");
        assertThat(summary.watchNow()).isEqualTo(2);
        assertThat(summary.watchBefore()).isEqualTo(1);
    }

    @Test
    void eachFigureIsColouredByItsDirection() throws IOException {
        BoardSummary summary = BoardSummary.of(ReportContext.of(marts(), Q3, null, SETTINGS));
        KeyFigure onTime = figure(summary, "Tỷ lệ đúng hạn");
        KeyFigure backlog = figure(summary, "Tồn đọng quá hạn");

        assertThat(onTime.changeTone()).as("a rise in the on-time rate").isEqualTo(Tone.GOOD);
        assertThat(onTime.targetTone()).as("85 % against 95 %").isEqualTo(Tone.BAD);
        assertThat(backlog.changeTone()).as("a rise in the backlog").isEqualTo(Tone.BAD);
        assertThat(figure(summary, "Nhiệm vụ đến hạn").changeTone())
                .as("tasks due: context only")
                .isEqualTo(Tone.NONE);
    }

    @Test
    void theKeyFigureTableCarriesTheColours() throws IOException {
        TableModel table = new ReportTables(ReportContext.of(marts(), Q3, null, SETTINGS), Map.of())
                .keyFigures(marts().subtreeRow("B", Q3).orElseThrow());
        int onTime = table.rows().stream().map(r -> r.get(0)).toList().indexOf("Tỷ lệ đúng hạn");
        int backlog = table.rows().stream().map(r -> r.get(0)).toList().indexOf("Tồn đọng quá hạn");

        assertThat(table.rows().get(onTime))
                .containsExactly("Tỷ lệ đúng hạn", "85,0 %", "80,0 %", "+5,0 điểm %", "từ 95,0 % trở lên (chưa đạt)");
        assertThat(table.tone(onTime, 3)).isEqualTo(Tone.GOOD);
        assertThat(table.tone(onTime, 1)).isEqualTo(Tone.BAD);
        assertThat(table.rows().get(backlog))
                .containsExactly("Tồn đọng quá hạn", "150", "100", "+50", "không quá 120 (chưa đạt)");
        assertThat(table.tone(backlog, 3)).isEqualTo(Tone.BAD);
    }

    @Test
    void inEnglish() throws IOException {
        BoardSummary summary = BoardSummary.of(ReportContext.of(marts(), Q3, null, SETTINGS.withLanguage(Language.EN)));
        assertThat(summary.sentences())
                .contains(
                        "Overdue backlog: 150, up 50 on last quarter (worse); target at most 120: not met.",
                        "2 units on the watch list (last quarter 1: up 1).");
    }

    static KeyFigure figure(BoardSummary summary, String label) {
        return summary.figures().stream()
                .filter(k -> k.label().equals(label))
                .findFirst()
                .orElseThrow();
    }

    Marts marts() throws IOException {
        List<OrgQuarter> rows = new ArrayList<>();
        for (Quarter q : List.of(Q2, Q3)) {
            boolean now = q.equals(Q3);
            rows.add(row(q, "B", "Đảng uỷ Khối", OrgKind.BLOC_COMMITTEE, null, now ? 85 : 80, now ? 150 : 100, false));
            rows.add(row(q, "G1", "Đảng bộ Sở", OrgKind.GRASSROOTS_ORG, "B", 50, 10, false));
            rows.add(row(q, "C1", "Chi bộ 1", OrgKind.PARTY_CELL, "G1", 20, 5, true));
            rows.add(row(q, "C2", "Chi bộ 2", OrgKind.PARTY_CELL, "G1", 30, 5, now));
        }
        Files.createDirectories(marts.resolve("csv"));
        String header = String.join(",", Mart.DATA_QUALITY.columns());
        String zeros = ",0".repeat(Mart.DATA_QUALITY.columns().size() - 11);
        Files.writeString(
                marts.resolve("csv/data_quality.csv"),
                header + "\n"
                        + "run-6,2024-09-30T08:00:00+07:00,COMPLETED,unit1,COMPLETED,,task,full,10,10,0" + zeros + "\n"
                        + "run-7,2024-10-01T08:00:00+07:00,COMPLETED,unit1,COMPLETED,,task,incremental,10,10,0" + zeros
                        + "\n"
                        + "run-7,2024-10-01T08:00:00+07:00,COMPLETED,registry,COMPLETED,,staff,full,5,5,0" + zeros
                        + "\n");
        return new Marts(
                rows,
                List.of(),
                List.of(),
                CsvMart.read(marts.toString(), Mart.DATA_QUALITY),
                List.of(),
                List.of(),
                Map.of());
    }

    static OrgQuarter row(
            Quarter q,
            String code,
            String name,
            OrgKind kind,
            String parent,
            long onTime,
            long backlog,
            boolean watch) {
        Map<Metric, Object> m = new EnumMap<>(Metric.class);
        m.put(Metric.TASKS_DUE, 100L);
        m.put(Metric.DONE_ON_TIME, onTime);
        m.put(Metric.ON_TIME_RATE, onTime / 100.0);
        m.put(Metric.BACKLOG_OVERDUE, backlog);
        m.put(Metric.BACKLOG_1_30, backlog);
        m.put(Metric.WATCH, watch);
        return new OrgQuarter(q, code, "subtree", name, kind, parent, "2", m);
    }
}

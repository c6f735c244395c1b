package vn.kyluat.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kyluat.contract.Mart;
import vn.kyluat.contract.Quarter;
import vn.kyluat.contract.TaskOutcome;
import vn.kyluat.reports.config.ReportSettings;
import vn.kyluat.reports.drill.DrillDown;
import vn.kyluat.reports.drill.DrillList;
import vn.kyluat.reports.marts.CsvMart;
import vn.kyluat.reports.marts.MartRow;
import vn.kyluat.reports.marts.Marts;
import vn.kyluat.reports.marts.OrgQuarter;
import vn.kyluat.reports.marts.OrgTree;
import vn.kyluat.reports.marts.PublishedSet;
import vn.kyluat.reports.model.ReportContext;

/**
 * The drill-down lists as their readers get them, read back from the files of the fixture's province
 * ({@link ProvinceFixture}): in the appendix PDF each unit's worst N and how many more, in the
 * workbook and the dashboard's data every row; for every unit, as many as the mart's figures say.
 */
class DrillDownOutputTests {
    static final Quarter QUARTER = ProvinceFixture.QUARTER;
    static final int ROWS_PER_UNIT = 2;
    /** The lists printed unit by unit. */
    static final List<DrillList> LISTS =
            List.of(DrillList.OVERDUE, DrillList.LATE, DrillList.RETURNED, DrillList.ESCALATIONS, DrillList.FINDINGS);
    /** A party cell of the fixture watched in 2025Q4 for late_two_quarters and aged_backlog. */
    static final String WATCHED_CELL = "CS001-CB01";

    @TempDir
    static Path workspace;

    static Marts marts;
    static OrgTree tree;
    static Path out;
    static DrillDown drill;

    @BeforeAll
    static void render() throws IOException {
        Path set = ProvinceFixture.copyTo(workspace);
        Files.writeString(
                workspace.resolve("pipeline.yaml"),
                "marts: marts\nreports: out\nreport:\n  drill_down_rows: " + ROWS_PER_UNIT + "\n");
        marts = Marts.load(workspace.resolve("marts").toString(), w -> {});
        tree = marts.tree(QUARTER);
        drill = DrillDown.forReport(
                set.toString(), ReportContext.of(marts, QUARTER, null, ReportSettings.DEFAULTS), w -> {});
        assertThat(ReportsMain.commandLine()
                        .execute(
                                "report",
                                "--config",
                                workspace.resolve("pipeline.yaml").toString(),
                                "--quarter",
                                QUARTER.toString()))
                .isZero();
        out = workspace.resolve("out").resolve(QUARTER.toString());
    }

    @Test
    void theAppendixShowsEachCellsWorstNAndHowManyMoreAddingUpToEveryUnitsFigures() throws IOException {
        // A code cut at a hyphen at the end of a line is joined again; cells are written one after another.
        String appendix =
                ReportRenderingTests.pdfText(out.resolve("appendix.pdf")).replaceAll("-\\r?\\n", "-");
        String flowing = appendix.replaceAll("\\s+", " ");
        for (DrillList list : LISTS) {
            Map<String, Long> listed = new HashMap<>();
            for (OrgQuarter cell : holders()) {
                long count = count(cell, list);
                List<MartRow> rows = drill.of(list, java.util.Set.of(cell.orgCode()));
                assertThat(rows).as("%s rows of %s", list.id(), cell.orgCode()).hasSize((int) count);
                // the worst N, in print; the rest may be printed elsewhere (another list, another unit)
                long shown = rows.stream()
                        .limit(ROWS_PER_UNIT)
                        .filter(r -> appendix.contains(code(list, r)))
                        .count();
                assertThat(shown)
                        .as("%s rows of %s shown", list.id(), cell.orgCode())
                        .isEqualTo(Math.min(count, ROWS_PER_UNIT));
                listed.put(cell.orgCode(), shown);
            }
            for (OrgQuarter unit : marts.subtreeRows(QUARTER)) {
                long total = tree.subtree(unit.orgCode()).stream()
                        .filter(listed::containsKey)
                        .mapToLong(code -> listed.get(code) + Math.max(0, count(own(code), list) - ROWS_PER_UNIT))
                        .sum();
                assertThat(total)
                        .as("%s of %s: shown and more", list.id(), unit.orgCode())
                        .isEqualTo(count(unit, list));
            }
        }
        // Each cell's "more" lines, in its lists' order, say what each list leaves out and its whole length.
        for (OrgQuarter cell : holders()) {
            List<String> expected = new ArrayList<>();
            for (DrillList each : LISTS.stream().sorted().toList()) {
                long count = count(cell, each);
                if (count > ROWS_PER_UNIT) {
                    expected.add((count - ROWS_PER_UNIT) + "/" + count);
                }
            }
            Matcher more = Pattern.compile(
                            "còn (\\d+) việc khác của " + Pattern.quote(cell.orgCode()) + " \\(tổng (\\d+)\\)")
                    .matcher(flowing);
            List<String> found = new ArrayList<>();
            while (more.find()) {
                found.add(more.group(1) + "/" + more.group(2));
            }
            assertThat(found)
                    .as("%s: lines saying how many more", cell.orgCode())
                    .isEqualTo(expected);
        }
    }

    @Test
    void theWorkbookHasEveryRowOfEveryListWithRealDatesTranslatedCodesAndFilters() throws IOException {
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(out.resolve("report.xlsx")))) {
            Map<DrillList, String> sheets = Map.of(
                    DrillList.OVERDUE,
                    "Việc quá hạn",
                    DrillList.LATE,
                    "Hoàn thành trễ",
                    DrillList.RETURNED,
                    "Trả lại, chuyển quay về",
                    DrillList.ESCALATIONS,
                    "Đẩy lên việc thuộc thẩm quyền",
                    DrillList.FINDINGS,
                    "Kết luận quá hạn");
            for (var entry : sheets.entrySet()) {
                XSSFSheet sheet = workbook.getSheet(entry.getValue());
                assertThat(sheet).as(entry.getValue()).isNotNull();
                assertThat(sheet.getCTWorksheet().isSetAutoFilter())
                        .as(entry.getValue() + " filters")
                        .isTrue();
                int unitColumn = entry.getKey().columns().indexOf(entry.getKey().unit());
                Map<String, Long> rowsPerUnit = new HashMap<>();
                for (Row row : sheet) {
                    if (row.getRowNum() > 0) {
                        rowsPerUnit.merge(row.getCell(unitColumn).getStringCellValue(), 1L, Long::sum);
                        String line = formatter.formatCellValue(row.getCell(0)) + " "
                                + formatter.formatCellValue(row.getCell(3));
                        assertThat(line)
                                .doesNotContain(
                                        "overdue_open",
                                        "backlog",
                                        "returns_out",
                                        "reversed_transfers",
                                        "high",
                                        "urgent");
                    }
                }
                Map<String, Long> perCell = new HashMap<>();
                rowsPerUnit.forEach((unit, n) -> perCell.merge(countsUnder(unit), n, Long::sum));
                for (OrgQuarter cell : holders()) {
                    assertThat(perCell.getOrDefault(cell.orgCode(), 0L))
                            .as("%s of %s", entry.getValue(), cell.orgCode())
                            .isEqualTo(count(cell, entry.getKey()));
                }
            }
            XSSFSheet overdue = workbook.getSheet("Việc quá hạn");
            int due = DrillList.OVERDUE.columns().indexOf(vn.kyluat.reports.drill.DrillColumn.EFF_DUE);
            assertThat(overdue.getRow(1).getCell(due).getCellStyle().getDataFormatString())
                    .isEqualTo("dd/mm/yyyy");
            assertThat(formatter.formatCellValue(overdue.getRow(1).getCell(due)))
                    .matches("\\d\\d/\\d\\d/\\d{4}");
            assertThat(formatter.formatCellValue(overdue.getRow(1)
                            .getCell(DrillList.OVERDUE.columns().indexOf(vn.kyluat.reports.drill.DrillColumn.OUTCOME))))
                    .isIn("đến hạn trong quý", "tồn từ quý trước");
        }
    }

    @Test
    void theDashboardsDataListsEveryRowOfEveryListForEveryUnit() throws IOException {
        String data = Files.readString(out.resolve("dashboard/data.js"), StandardCharsets.UTF_8);
        for (DrillList list : LISTS) {
            List<String> units = unitsOfRows(data, list);
            for (OrgQuarter unit : marts.subtreeRows(QUARTER)) {
                long listed = units.stream()
                        .filter(u -> tree.subtree(unit.orgCode()).contains(countsUnder(u)))
                        .count();
                assertThat(listed)
                        .as("%s of %s in data.js", list.id(), unit.orgCode())
                        .isEqualTo(count(unit, list));
            }
        }
    }

    @Test
    void theWatchListShowsTheTasksBehindEachReasonAndAnAbsorbingUnitItsFootnote() throws IOException {
        String board = ReportRenderingTests.pdfText(out.resolve("report.pdf")).replaceAll("-\\r?\\n", "-");
        OrgQuarter watched = marts.subtreeRow(WATCHED_CELL, QUARTER).orElseThrow();
        assertThat(String.valueOf(watched.value(vn.kyluat.contract.Metric.WATCH_REASONS)))
                .contains("aged_backlog");
        assertThat(board).contains("Việc đằng sau lý do theo dõi: " + watched.displayName());
        // aged_backlog: its oldest overdue task is listed first
        assertThat(board)
                .contains(code(
                        DrillList.OVERDUE,
                        drill.of(DrillList.OVERDUE, java.util.Set.of(WATCHED_CELL))
                                .get(0)));
        // The footnote of a unit absorbed in the quarter: the fixture's merger takes effect on a quarter's first
        // day, so no quarter has one (DrillDownTests reads it from a hand-made org_tree).
    }

    @Test
    void theOverdueListShowsEachTasksHandOffHistoryInTheWorkbookTheDashboardAndTheAppendix() throws IOException {
        // The mart's history (2024-06-05 transferred G001-C01→G001; …) as the reader gets it, worked out here.
        Map<String, String> expected = new HashMap<>();
        Pattern entry = Pattern.compile("(\\d{4})-(\\d\\d)-(\\d\\d) (transferred|returned) ([^;\\s]*)→([^;\\s]+)");
        CsvMart.each(
                PublishedSet.resolve(workspace.resolve("marts").toString()).toString(), Mart.TASK_QUARTER_FACTS, r -> {
                    if (QUARTER.toString().equals(r.get("quarter"))
                            && TaskOutcome.of(r.get("outcome")).overdue()
                            && r.get("handoff_history") != null) {
                        List<String> shown = new ArrayList<>();
                        Matcher m = entry.matcher(r.get("handoff_history"));
                        while (m.find()) {
                            shown.add(m.group(3) + "/" + m.group(2) + "/" + m.group(1) + " " + m.group(5) + "→"
                                    + m.group(6) + (m.group(4).equals("returned") ? " (trả lại)" : ""));
                        }
                        expected.put(r.get("task_code"), String.join("; ", shown));
                    }
                });
        assertThat(expected).isNotEmpty();
        assertThat(expected.values()).allSatisfy(h -> assertThat(h).contains("→"));
        assertThat(expected.values()).anySatisfy(h -> assertThat(h).contains(" (trả lại)"));

        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(out.resolve("report.xlsx")))) {
            XSSFSheet overdue = workbook.getSheet("Việc quá hạn");
            int history = -1;
            for (var cell : overdue.getRow(0)) {
                if (cell.getStringCellValue().equals("Lịch sử chuyển giao")) {
                    history = cell.getColumnIndex();
                }
            }
            assertThat(history).as("the overdue sheet's hand-off column").isNotNegative();
            Map<String, String> inSheet = new HashMap<>();
            for (Row row : overdue) {
                String shown = formatter.formatCellValue(row.getCell(history));
                if (row.getRowNum() > 0 && !shown.isEmpty()) {
                    inSheet.put(row.getCell(0).getStringCellValue(), shown);
                }
            }
            assertThat(inSheet).isEqualTo(expected);
        }

        String data = Files.readString(out.resolve("dashboard/data.js"), StandardCharsets.UTF_8);
        assertThat(data).contains("\"Lịch sử chuyển giao\"");
        expected.forEach((task, shown) -> assertThat(data).contains("\"" + shown + "\""));

        String appendix =
                ReportRenderingTests.pdfText(out.resolve("appendix.pdf")).replaceAll("\\s+", " ");
        assertThat(appendix).contains("Lịch sử chuyển giao");
        long shownInPrint = expected.values().stream()
                .flatMap(h -> java.util.Arrays.stream(h.split("; ")))
                .filter(appendix::contains)
                .count();
        assertThat(shownInPrint).as("hand-offs of the printed worst tasks").isPositive();
    }

    /** The own rows of every unit of the quarter: party cells, agencies and their departments hold tasks. */
    private static List<OrgQuarter> holders() {
        return marts.metrics().stream()
                .filter(r -> r.quarter().equals(QUARTER) && !r.isSubtree())
                .toList();
    }

    private static OrgQuarter own(String code) {
        return marts.metrics().stream()
                .filter(r -> r.quarter().equals(QUARTER)
                        && !r.isSubtree()
                        && r.orgCode().equals(code))
                .findFirst()
                .orElseThrow();
    }

    /** The unit whose figures count a list's row: its holder, or the unit that absorbed it. */
    private static String countsUnder(String unit) {
        return drill.countedUnder().getOrDefault(unit, unit);
    }

    /** What a list's row is known by in print: its task, or its finding. */
    private static String code(DrillList list, MartRow row) {
        return row.get(list == DrillList.FINDINGS ? "finding_code" : "task_code");
    }

    /** The unit of each row of a list in the dashboard's data ({@code "unitColumn"}: the cell of the unit). */
    private static List<String> unitsOfRows(String data, DrillList list) {
        int start = data.indexOf("\"" + list.id() + "\":{\"title\":");
        Matcher column = Pattern.compile("\"unitColumn\":(\\d+)").matcher(data);
        assertThat(column.find(start)).isTrue();
        int unitColumn = Integer.parseInt(column.group(1));
        String rows = data.substring(data.indexOf("\"rows\":", start), data.indexOf("\n]}", start));
        Pattern cell = Pattern.compile("\\[(\"(?:[^\"\\\\]|\\\\.)*\"|null),(?:\"(?:[^\"\\\\]|\\\\.)*\"|[^\\]]*)\\]");
        List<String> units = new ArrayList<>();
        rows.lines().filter(l -> l.startsWith("[[")).forEach(line -> {
            List<String> cells = new ArrayList<>();
            Matcher m = cell.matcher(line.substring(1));
            while (m.find()) {
                cells.add(m.group(1).replaceAll("^\"|\"$", ""));
            }
            units.add(cells.get(unitColumn));
        });
        return units;
    }

    /** The length the mart's figures give a list of {@code row}'s unit. */
    private static long count(OrgQuarter row, DrillList list) {
        return list.explains().stream().mapToLong(row::count).sum();
    }
}

package vn.kyluat.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.kyluat.contract.Mart;
import vn.kyluat.contract.Metric;
import vn.kyluat.contract.Quarter;
import vn.kyluat.reports.ProvinceFixture.Person;
import vn.kyluat.reports.marts.CsvMart;
import vn.kyluat.reports.marts.MartRow;
import vn.kyluat.reports.marts.Marts;
import vn.kyluat.reports.marts.OrgKind;
import vn.kyluat.reports.marts.OrgQuarter;
import vn.kyluat.reports.text.Formats;
import vn.kyluat.reports.text.Language;

/**
 * Renders the reports of the fixture's province ({@link ProvinceFixture}: real analytics output, four
 * quarters) through the command line, then reads every output back as its reader would.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportRenderingTests {
    static final Quarter QUARTER = ProvinceFixture.QUARTER;
    /** The grassroots organisation whose own report ({@code --org}) is read: one of the four left in 2025Q4. */
    static final String ORG = "CS004";
    /**
     * A party cell of the fixture watched for two reasons in 2025Q4: its org_quarter_metrics row's
     * watch_reasons. No cell of the province is below its peers' funnel limit (below_peers) in any quarter.
     */
    static final String WATCHED_CELL = "CS001-CB01";

    static final String WATCHED_REASONS = "late_two_quarters,aged_backlog";

    @TempDir
    static Path workspace;

    static Path config;
    static Marts marts;
    static Path set;
    static List<Person> registry;

    @BeforeAll
    static void province() throws IOException {
        set = ProvinceFixture.copyTo(workspace);
        registry = ProvinceFixture.registry();
        config = workspace.resolve("pipeline.yaml");
        Files.writeString(config, "marts: marts\nreports: out\nreport:\n  worst_best: 1\n");
        marts = Marts.load(workspace.resolve("marts").toString(), w -> {});
    }

    static Path render(String... extra) {
        return renderWith(config, extra);
    }

    static Path renderWith(Path configuration, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("report", "--config", configuration.toString()));
        args.addAll(List.of(extra));
        int exit = ReportsMain.commandLine().execute(args.toArray(String[]::new));
        assertThat(exit).isZero();
        return workspace.resolve("out");
    }

    static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The text of one page (1-based). */
    static String page(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    /** The top-level bookmarks, each with the page (1-based) it opens. */
    static java.util.Map<String, Integer> outline(PDDocument document) throws IOException {
        var sections = new java.util.LinkedHashMap<String, Integer>();
        var root = document.getDocumentCatalog().getDocumentOutline();
        assertThat(root).as("the PDF has an outline").isNotNull();
        for (var item : root.children()) {
            var target = item.findDestinationPage(document);
            assertThat(target).as(item.getTitle()).isNotNull();
            sections.put(item.getTitle(), document.getPages().indexOf(target) + 1);
        }
        return sections;
    }

    /** The workbook's sheets as text, but those named in {@code skipped}. */
    static String xlsxText(Path xlsx, String... skipped) throws IOException {
        StringBuilder text = new StringBuilder();
        DataFormatter formatter = new DataFormatter();
        try (Workbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            for (Sheet sheet : workbook) {
                if (List.of(skipped).contains(sheet.getSheetName())) {
                    continue;
                }
                text.append(sheet.getSheetName()).append('\n');
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        text.append(formatter.formatCellValue(cell)).append('\t');
                    }
                    text.append('\n');
                }
            }
        }
        return text.toString();
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class WholeBlocInVietnamese {
        Path out;
        String board;
        String pdf;

        @BeforeAll
        void render() throws IOException {
            out = ReportRenderingTests.render("--quarter", QUARTER.toString()).resolve(QUARTER.toString());
            board = pdfText(out.resolve("report.pdf"));
            pdf = board + pdfText(out.resolve("appendix.pdf"));
        }

        @Test
        void thePdfHoldsTheVietnameseHeadingsWithEveryDiacritic() {
            assertThat(board)
                    .contains(
                            "Báo cáo kết quả thực hiện nhiệm vụ được giao",
                            "Các chỉ tiêu chính",
                            "Tỷ lệ đúng hạn",
                            "Diện theo dõi và lý do",
                            "Đảng ủy Khối cơ quan và doanh nghiệp tỉnh",
                            "Quý 4/2025");
            assertThat(pdf)
                    .contains(
                            "Xếp hạng chi bộ",
                            "Danh sách diện theo dõi",
                            "Nhiệm vụ trùng đơn vị chủ trì",
                            "Nhiệm vụ sắp đến hạn (14 ngày tới)",
                            "Chất lượng dữ liệu");
        }

        @Test
        void pageOneIsTheSummaryPageTwoTheContentsWithPageNumbersAndTheOutlineFollowsTheSections() throws IOException {
            try (PDDocument document = Loader.loadPDF(out.resolve("report.pdf").toFile())) {
                String first = page(document, 1);
                assertThat(first)
                        .contains(
                                "tóm tắt",
                                "chỉ tiêu tốt lên",
                                "thuộc diện theo dõi",
                                "Số liệu tính đến 01/01/2026 00:00",
                                marts.dataQuality().get(0).get("run_id"),
                                "Trang 1");
                String contents = page(document, 2);
                assertThat(contents)
                        .contains(
                                "Mục lục",
                                "Xu hướng qua các quý",
                                "So sánh các đơn vị",
                                "Diện theo dõi và lý do",
                                "Trang 2");
                var sections = outline(document);
                assertThat(sections.keySet())
                        .containsSubsequence("Xu hướng qua các quý", "So sánh các đơn vị", "Diện theo dõi và lý do");
                for (var section : sections.entrySet()) {
                    // The contents line of each section names the page its bookmark opens, as printed in the footer.
                    int printed = section.getValue();
                    assertThat(contents)
                            .containsPattern(
                                    java.util.regex.Pattern.quote(section.getKey()) + "\\s*" + printed + "\\b");
                    assertThat(page(document, printed)).contains(section.getKey(), "Trang " + printed);
                }
            }
        }

        @Test
        void theAppendixHoldsEveryOrganisationsSectionWithBookmarksAndContents() throws IOException {
            try (PDDocument document =
                    Loader.loadPDF(out.resolve("appendix.pdf").toFile())) {
                var sections = outline(document);
                assertThat(sections.keySet())
                        .containsAll(grassroots().stream()
                                .map(g -> "Tổ chức cơ sở đảng: " + g.orgCode() + " – " + g.orgName())
                                .toList())
                        .contains("Chất lượng dữ liệu");
                assertThat(page(document, 2)).contains("Mục lục", "Tổ chức cơ sở đảng: " + ORG);
                for (var section : sections.entrySet()) {
                    assertThat(page(document, section.getValue())).contains(section.getKey());
                }
            }
        }

        @Test
        void noPageHoldsOnlyATablesOverflow() throws IOException {
            for (String file : List.of("report.pdf", "appendix.pdf")) {
                try (PDDocument document = Loader.loadPDF(out.resolve(file).toFile())) {
                    for (int p = 1; p <= document.getNumberOfPages(); p++) {
                        long lines = page(document, p)
                                .lines()
                                .filter(l -> !l.isBlank())
                                .count();
                        assertThat(lines).as(file + " page " + p + " lines").isGreaterThan(4);
                    }
                }
            }
        }

        @Test
        void thePdfShowsTheBlocsFiguresFormattedTheVietnameseWay() {
            OrgQuarter bloc = marts.subtreeRow(ProvinceFixture.BLOC, QUARTER).orElseThrow();
            Formats vi = new Formats(Language.VI);
            String onTime = vi.percent(bloc.number(Metric.ON_TIME_RATE));
            assertThat(onTime).contains(",");
            assertThat(pdf).contains(vi.integer(bloc.count(Metric.TASKS_DUE)), onTime, "95,0 %");
        }

        @Test
        void dataQualityShowsEachSourcesCountsRulesAndRejects() {
            // The fixture's data_quality rows of source unit-csv: 727 read over its four relations, 2 bad
            // records planted per rule (the generator's --bad-per-rule default). No source of the province
            // failed, so no failure's error is shown here.
            // Table cells wrap, so compare with line breaks read as spaces.
            assertThat(pdf.replaceAll("\\s+", " "))
                    .contains(
                            "727",
                            "hạn xử lý trước ngày giao (2), hoàn thành trước ngày giao (2)",
                            "mã đơn vị không có trong danh mục tổ chức (2)");
        }

        @Test
        void theWatchedCellIsOnTheWatchListWithTheMartsReasons() {
            OrgQuarter watched = marts.subtreeRow(WATCHED_CELL, QUARTER).orElseThrow();
            assertThat(watched.value(Metric.WATCH_REASONS)).isEqualTo(WATCHED_REASONS);
            assertThat(pdf.replaceAll("\\s+", " "))
                    .contains(
                            WATCHED_CELL,
                            "tỷ lệ đúng hạn (hiệu chỉnh) thấp hai quý liền; nhiều việc quá hạn trên 90 ngày");
        }

        @Test
        void theChartsTextIsInThePdfAsVectorsWithTheEmbeddedFont() throws IOException {
            assertThat(pdf).contains("Tồn đọng quá hạn theo thời gian quá hạn", "Dự báo");
            try (PDDocument document = Loader.loadPDF(out.resolve("report.pdf").toFile())) {
                var fonts = new java.util.HashSet<String>();
                for (var page : document.getPages()) {
                    for (var name : page.getResources().getFontNames()) {
                        fonts.add(page.getResources().getFont(name).getName());
                    }
                }
                assertThat(fonts).isNotEmpty().allMatch(name -> name.contains("LiberationSans"));
            }
        }

        @Test
        void theWorkbookOpensOnTheSummaryAndHoldsEveryQuarterWithLocalDatesAndTranslatedCodes() throws IOException {
            try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(out.resolve("report.xlsx")))) {
                XSSFSheet summary = workbook.getSheetAt(0);
                assertThat(summary.getSheetName()).isEqualTo("Tóm tắt");
                assertThat(summary.getRow(0).getCell(0).getStringCellValue()).contains("chỉ tiêu tốt lên");
                // the bloc's on-time rate is the same in 2025Q3 and 2025Q4 (124 of 195): neutral; its completion
                // rate fell (84.1 → 83.6 %): marked
                Row onTime = findRow(summary, Metric.COMPLETION_RATE.label("vi"));
                int colour = onTime.getCell(3).getCellStyle().getFontIndex();
                assertThat(workbook.getFontAt(colour).getColor())
                        .isIn(
                                org.apache.poi.ss.usermodel.IndexedColors.GREEN.getIndex(),
                                org.apache.poi.ss.usermodel.IndexedColors.RED.getIndex());

                XSSFSheet metrics = workbook.getSheet("Chỉ tiêu");
                var quarters = new java.util.TreeSet<String>();
                for (Row row : metrics) {
                    if (row.getRowNum() > 0) {
                        quarters.add(row.getCell(0).getStringCellValue());
                    }
                }
                assertThat(quarters).containsExactly("2025Q1", "2025Q2", "2025Q3", "2025Q4");
                String text = xlsxText(out.resolve("report.xlsx"));
                assertThat(text)
                        .contains(
                                "chi bộ",
                                "tổ chức cơ sở đảng",
                                "cấp bách",
                                "mã đơn vị không có trong danh mục tổ chức",
                                "hoàn tất",
                                "nhiệm vụ",
                                "kết luận kiểm tra quá hạn chưa khắc phục",
                                "điểm %");
                // the rejects sheet shows each rule's detail as the extraction wrote it, allowed codes included
                assertThat(xlsxText(out.resolve("report.xlsx"), "Bản ghi bị loại"))
                        .doesNotContain("party_cell", "grassroots_org", "COMPLETED", "below_peers", "\turgent\t");
                XSSFSheet atRisk = workbook.getSheet("Sắp đến hạn");
                assertThat(atRisk.getRow(1).getCell(6).getCellStyle().getDataFormatString())
                        .isEqualTo("dd/mm/yyyy");
                assertThat(new DataFormatter().formatCellValue(atRisk.getRow(1).getCell(6)))
                        .matches("\\d\\d/\\d\\d/2026");
                Row header = metrics.getRow(0);
                int change = column(header, Metric.QOQ_ON_TIME_CHANGE.label("vi") + " (điểm %)");
                Row cell = findRow(metrics, QUARTER.toString(), WATCHED_CELL, "cả đơn vị trực thuộc");
                OrgQuarter watched = marts.subtreeRow(WATCHED_CELL, QUARTER).orElseThrow();
                assertThat(cell.getCell(change).getNumericCellValue())
                        .isCloseTo(
                                watched.number(Metric.QOQ_ON_TIME_CHANGE) * 100,
                                org.assertj.core.api.Assertions.within(1e-9));
                assertThat(cell.getCell(change).getCellStyle().getDataFormatString())
                        .isEqualTo("+0.0;-0.0;0.0");
                for (org.apache.poi.ss.usermodel.Sheet sheet : workbook) {
                    if (sheet != summary) {
                        assertThat(((XSSFSheet) sheet).getCTWorksheet().getAutoFilter())
                                .as(sheet.getSheetName())
                                .isNotNull();
                    }
                }
            }
        }

        @Test
        void everyPngIsDrawnAtPrintSizeAndIsNotBlank() throws IOException {
            List<Path> pngs = files(out.resolve("charts"), ".png");
            assertThat(pngs).hasSize(9);
            for (Path png : pngs) {
                BufferedImage image = ImageIO.read(png.toFile());
                assertThat(image.getWidth()).as(png.toString()).isEqualTo(2400);
                assertThat(image.getHeight()).as(png.toString()).isGreaterThanOrEqualTo(1500);
                assertThat(colours(image)).as(png + " colours").isGreaterThan(2);
            }
            BufferedImage trend =
                    ImageIO.read(out.resolve("charts/trend_on_time.png").toFile());
            assertThat(trend.getHeight()).isEqualTo(1500);
        }

        @Test
        void everyChartIsAnSvgThatParsesAndTheBoardsAreAlsoPngs() throws Exception {
            List<Path> svgs = files(out.resolve("charts"), ".svg");
            List<String> names = svgs.stream()
                    .map(p -> p.getFileName().toString().replace(".svg", ""))
                    .toList();
            assertThat(names)
                    .contains(
                            "trend_on_time",
                            "trend_backlog_over_90",
                            "trend_bounce_rate",
                            "trend_escalation_avoidance",
                            "ranking_cells",
                            "funnel_cells",
                            "heatmap_index",
                            "backlog_ageing",
                            "discipline_by_kind");
            assertThat(names)
                    .containsAll(grassroots().stream()
                            .map(g -> "ranking_" + g.orgCode())
                            .toList());
            for (Path png : files(out.resolve("charts"), ".png")) {
                assertThat(names).contains(png.getFileName().toString().replace(".png", ""));
            }
            assertThat(files(out.resolve("charts"), ".png")).hasSize(9);
            assertThat(Files.readString(out.resolve("charts/discipline_by_kind.svg")))
                    .contains("Kỷ luật theo hình thức", "khiển trách", "cảnh cáo", "cách chức", "khai trừ", "khác");
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            for (Path svg : svgs) {
                var document = factory.newDocumentBuilder().parse(svg.toFile());
                assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
                // Text stays text, in Liberation Sans or a font with the same metrics and Vietnamese glyphs.
                var texts = document.getElementsByTagName("text");
                assertThat(texts.getLength()).as(svg.toString()).isPositive();
                for (int i = 0; i < texts.getLength(); i++) {
                    String style = ((org.w3c.dom.Element) texts.item(i)).getAttribute("style");
                    assertThat(style).contains("font-family: \"Liberation Sans\", Arial, Helvetica, sans-serif");
                }
            }
            assertThat(Files.readString(out.resolve("charts/backlog_ageing.svg")))
                    .contains("Tồn đọng quá hạn theo thời gian quá hạn", "Quá hạn trên 180 ngày");
        }

        @Test
        void noChartTextIsSmallerThanSevenPointsOnThePrintedPage() throws IOException {
            // Charts are laid out 960 units wide and printed across the A4 text width (595 − 2 × 40 pt).
            double pointsPerUnit = (595.0 - 80) / 960;
            java.util.regex.Pattern size = java.util.regex.Pattern.compile("font-size: ?([0-9.]+)px");
            for (Path svg : files(out.resolve("charts"), ".svg")) {
                var matcher = size.matcher(Files.readString(svg));
                double smallest = Double.MAX_VALUE;
                while (matcher.find()) {
                    smallest = Math.min(smallest, Double.parseDouble(matcher.group(1)));
                }
                assertThat(smallest * pointsPerUnit)
                        .as(svg + " smallest text, pt")
                        .isGreaterThanOrEqualTo(7.0);
            }
        }

        @Test
        void theWorkbookHoldsTheMartsValuesWithRealFormats() throws IOException {
            try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(out.resolve("report.xlsx")))) {
                XSSFSheet metrics = workbook.getSheet("Chỉ tiêu");
                assertThat(metrics.getPaneInformation().isFreezePane()).isTrue();
                assertThat(metrics.getPaneInformation().getHorizontalSplitPosition())
                        .isEqualTo((short) 1);
                assertThat(metrics.getCTWorksheet().getAutoFilter().getRef()).startsWith("A1:");
                Row header = metrics.getRow(0);
                int onTime = column(header, Metric.ON_TIME_RATE.label("vi"));
                int due = column(header, Metric.TASKS_DUE.label("vi"));
                OrgQuarter bloc =
                        marts.subtreeRow(ProvinceFixture.BLOC, QUARTER).orElseThrow();
                Row blocRow = findRow(metrics, QUARTER.toString(), ProvinceFixture.BLOC, "cả đơn vị trực thuộc");
                assertThat(blocRow.getCell(onTime).getNumericCellValue()).isEqualTo(bloc.number(Metric.ON_TIME_RATE));
                assertThat(blocRow.getCell(onTime).getCellStyle().getDataFormatString())
                        .isEqualTo("0.0%");
                assertThat((long) blocRow.getCell(due).getNumericCellValue()).isEqualTo(bloc.count(Metric.TASKS_DUE));
                assertThat(blocRow.getCell(due).getCellStyle().getDataFormatString())
                        .isEqualTo("#,##0");
                assertThat(workbook.getSheet("Bản ghi bị loại").getLastRowNum())
                        .isEqualTo(marts.rejects().size());
                assertThat(workbook.getSheet("Trùng chủ trì").getLastRowNum())
                        .isEqualTo(marts.overlaps().stream()
                                .filter(r -> QUARTER.toString().equals(r.get("quarter")))
                                .count());
            }
        }

        @Test
        void noOutputFileCarriesAPersonsNameOrCode() throws IOException {
            assertThat(registry).hasSizeGreaterThan(15);
            // The marts do carry person codes (the heads of units, the persons' own figures): what the outputs
            // must leave out. Analytics masks them in the rejects' raw values already.
            java.util.Set<String> codes = new java.util.HashSet<>();
            registry.forEach(p -> codes.add(p.personCode()));
            assertThat(quarterRows(Mart.ORG_QUARTER_METRICS)).anyMatch(r -> codes.contains(r.get("head_person_code")));
            assertThat(marts.rejects()).noneMatch(r -> codes.stream().anyMatch(r.get("raw_values")::contains));
            try (Stream<Path> all = Files.walk(out)) {
                for (Path file : all.filter(Files::isRegularFile).toList()) {
                    String text = readableText(file);
                    for (Person person : registry) {
                        assertThat(text)
                                .as(file + " names a person")
                                .doesNotContain(person.personCode(), person.fullName());
                    }
                }
            }
        }

        @Test
        void theHtmlPageShowsEveryChartFromLocalFilesOnly() throws IOException {
            String html = Files.readString(out.resolve("index.html"));
            for (Path svg : files(out.resolve("charts"), ".svg")) {
                assertThat(html).contains("src=\"charts/" + svg.getFileName() + "\"");
            }
            assertThat(html).doesNotContain("http:", "https:", "//");
            assertThat(html).contains("Các chỉ tiêu chính", "<table>");
            // The summary opens the page, its figures marked good or bad.
            assertThat(html.indexOf("chỉ tiêu tốt lên")).isLessThan(html.indexOf("Xu hướng qua các quý"));
            assertThat(html).containsPattern("<td class=\"n (good|bad)\">");
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OneUnitsSubtree {
        Path out;

        @BeforeAll
        void render() {
            out = ReportRenderingTests.render("--org", ORG).resolve(QUARTER + "-" + ORG);
        }

        @Test
        void nothingFromOutsideTheSubtreeAppearsInAnyOutput() throws IOException {
            String pdf = pdfText(out.resolve("report.pdf")) + pdfText(out.resolve("appendix.pdf"));
            String xlsx = xlsxText(out.resolve("report.xlsx"));
            String html = Files.readString(out.resolve("index.html"));
            List<String> outside = new java.util.ArrayList<>(List.of(ProvinceFixture.BLOC, "Đảng ủy Khối"));
            grassroots().stream()
                    .filter(g -> !g.orgCode().equals(ORG))
                    .forEach(g -> outside.addAll(List.of(g.orgCode(), g.orgName())));
            // the planted organisation records the registry rejected: only a board's rejects sheet shows them
            marts.rejects().stream()
                    .filter(r -> "org_unit".equals(r.get("relation")))
                    .forEach(r -> outside.add(r.get("record_key")));
            for (String text : List.of(pdf, xlsx, html)) {
                assertThat(text).contains(ORG, cellsOf(ORG).get(0));
                assertThat(text).doesNotContain(outside.toArray(String[]::new));
            }
            assertThat(pdf).contains("Báo cáo riêng cho " + ORG);
        }

        @Test
        void itsPersonsSectionShowsItsHeadsAndItsPersonsByCodeOnlyAndNoOneFromOutside() throws IOException {
            String pdf = pdfText(out.resolve("report.pdf"));
            String xlsx = xlsxText(out.resolve("report.xlsx"));
            String html = Files.readString(out.resolve("index.html"));
            String cell = cellsOf(ORG).get(0);
            List<String> ofCell = answerable(cell);
            assertThat(ofCell).hasSizeGreaterThan(1);
            for (String text : List.of(pdf, xlsx, html)) {
                assertThat(text).contains(head(ORG));
                ofCell.forEach(code -> assertThat(text).contains(code));
            }
            assertThat(pdf)
                    .contains(
                            "Trách nhiệm cá nhân và người đứng đầu",
                            "Người đứng đầu và kết quả của đơn vị",
                            "Cá nhân có nhiệm vụ quá hạn hoặc hoàn thành trễ hạn",
                            "Nhiệm vụ của " + worstInside() + ": tồn đọng quá hạn");
            assertThat(xlsx).contains("Người đứng đầu\n", "Cá nhân\n", "Nhiệm vụ cá nhân\n");
            java.util.Set<String> inside = insideOrg();
            try (Stream<Path> all = Files.walk(out)) {
                for (Path file : all.filter(Files::isRegularFile).toList()) {
                    String text = readableText(file);
                    for (Person person : registry) {
                        assertThat(text).as(file + " names a person").doesNotContain(person.fullName());
                        if (!inside.contains(person.personCode())) {
                            assertThat(text)
                                    .as(file + " shows a person from outside " + ORG)
                                    .doesNotContain(person.personCode());
                        }
                    }
                }
            }
        }

        @Test
        void itsPersonsAreWorstFirstAndEachHasTheTasksBehindTheirFigures() throws IOException {
            try (Workbook workbook = new XSSFWorkbook(Files.newInputStream(out.resolve("report.xlsx")))) {
                Sheet persons = workbook.getSheet("Cá nhân");
                Sheet tasks = workbook.getSheet("Nhiệm vụ cá nhân");
                assertThat(persons.getLastRowNum()).isGreaterThan(3);
                java.util.Map<String, Long> tasksOf = new java.util.HashMap<>();
                for (Row row : tasks) {
                    if (row.getRowNum() > 0) {
                        tasksOf.merge(row.getCell(0).getStringCellValue(), 1L, Long::sum);
                    }
                }
                double previous = Double.MAX_VALUE;
                for (Row row : persons) {
                    if (row.getRowNum() == 0) {
                        assertThat(row.getCell(8).getStringCellValue()).isEqualTo(Metric.BACKLOG_OVERDUE.label("vi"));
                        assertThat(row.getCell(5).getStringCellValue()).isEqualTo(Metric.DONE_LATE.label("vi"));
                        continue;
                    }
                    double backlog = row.getCell(8).getNumericCellValue();
                    assertThat(backlog).as("worst first").isLessThanOrEqualTo(previous);
                    previous = backlog;
                    String person = row.getCell(0).getStringCellValue();
                    assertThat(tasksOf.getOrDefault(person, 0L))
                            .as("tasks of " + person)
                            .isEqualTo((long) (backlog + row.getCell(5).getNumericCellValue()));
                }
            }
        }

        @Test
        void itKeepsTheSubtreesOwnOverlapRowsAndAtRiskTasks() throws IOException {
            String xlsx = xlsxText(out.resolve("report.xlsx"));
            java.util.Set<String> subtree = marts.tree(QUARTER).subtree(ORG);
            List<MartRow> overlaps = marts.overlaps().stream()
                    .filter(r -> QUARTER.toString().equals(r.get("quarter")))
                    .toList();
            List<MartRow> atRisk = marts.atRisk().stream()
                    .filter(r -> QUARTER.toString().equals(r.get("quarter")))
                    .toList();
            assertThat(overlaps).anyMatch(r -> subtree.contains(r.get("lead_org_code")));
            assertThat(overlaps).anyMatch(r -> !subtree.contains(r.get("lead_org_code")));
            assertThat(atRisk).anyMatch(r -> subtree.contains(r.get("holder_org_code")));
            for (MartRow row : overlaps) {
                assertThat(xlsx.contains(row.get("task_code")))
                        .as("overlap %s led by %s", row.get("task_code"), row.get("lead_org_code"))
                        .isEqualTo(subtree.contains(row.get("lead_org_code")));
            }
            atRisk.stream()
                    .filter(r -> subtree.contains(r.get("holder_org_code")))
                    .forEach(r -> assertThat(xlsx).contains(r.get("task_code")));
        }
    }

    /** The rows of a mart's CSV export for the quarter. */
    static List<MartRow> quarterRows(Mart mart) {
        return CsvMart.read(set.toString(), mart).stream()
                .filter(r -> QUARTER.toString().equals(r.get("quarter")))
                .toList();
    }

    /** The grassroots organisations of the quarter (the merger left one fewer than the province began with). */
    static List<OrgQuarter> grassroots() {
        return marts.subtreeRows(QUARTER).stream()
                .filter(r -> r.orgKind() == OrgKind.GRASSROOTS_ORG)
                .toList();
    }

    /** The party cells of a grassroots organisation in the quarter, by code. */
    static List<String> cellsOf(String organisation) {
        return marts.subtreeRows(QUARTER).stream()
                .filter(r -> r.orgKind() == OrgKind.PARTY_CELL && organisation.equals(r.parentCode()))
                .map(OrgQuarter::orgCode)
                .sorted()
                .toList();
    }

    /** The head of a unit in the quarter (org_quarter_metrics' head_person_code). */
    static String head(String unit) {
        return quarterRows(Mart.ORG_QUARTER_METRICS).stream()
                .filter(r -> unit.equals(r.get("org_code")))
                .map(r -> r.get("head_person_code"))
                .findFirst()
                .orElseThrow();
    }

    /** The persons placed in a unit whose quarter has an overdue backlog or late completions: the ones a report lists. */
    static List<String> answerable(String unit) {
        return quarterRows(Mart.PERSON_QUARTER_METRICS).stream()
                .filter(r -> unit.equals(r.get("org_code")))
                .filter(r -> Long.parseLong(r.get("backlog_overdue")) + Long.parseLong(r.get("done_late")) > 0)
                .map(r -> r.get("person_code"))
                .toList();
    }

    /** The person of the subtree with the largest overdue backlog: the first whose tasks are listed. */
    static String worstInside() {
        java.util.Set<String> subtree = marts.tree(QUARTER).subtree(ORG);
        return quarterRows(Mart.PERSON_QUARTER_METRICS).stream()
                .filter(r -> subtree.contains(r.get("org_code")))
                .max(java.util.Comparator.comparingLong(r -> Long.parseLong(r.get("backlog_overdue"))))
                .map(r -> r.get("person_code"))
                .orElseThrow();
    }

    /**
     * The persons a report on ORG may show: the heads of its units and the persons the quarter's
     * person_quarter_metrics place in it.
     */
    static java.util.Set<String> insideOrg() {
        java.util.Set<String> subtree = marts.tree(QUARTER).subtree(ORG);
        java.util.Set<String> inside = new java.util.HashSet<>();
        subtree.forEach(unit -> quarterRows(Mart.ORG_QUARTER_METRICS).stream()
                .filter(r -> unit.equals(r.get("org_code")))
                .forEach(r -> inside.add(r.get("head_person_code"))));
        quarterRows(Mart.PERSON_QUARTER_METRICS).stream()
                .filter(r -> subtree.contains(r.get("org_code")))
                .forEach(r -> inside.add(r.get("person_code")));
        return inside;
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OneUnitsSubtreeWithNames {
        Path out;

        @BeforeAll
        void render() throws IOException {
            Path named = workspace.resolve("named.yaml");
            Files.writeString(named, """
                    marts: marts
                    reports: out
                    lake: lake
                    report:
                      worst_best: 1
                      names_in_unit_reports: true
                    """);
            out = workspace.resolve("named-out");
            renderWith(named, "--org", ORG, "--out", out.toString());
        }

        @Test
        void itNamesItsOwnPersonsAndStillNoOneFromOutside() throws IOException {
            String pdf = pdfText(out.resolve("report.pdf"));
            String xlsx = xlsxText(out.resolve("report.xlsx"));
            Person member = registry.stream()
                    .filter(p -> p.personCode().equals(worstInside()))
                    .findFirst()
                    .orElseThrow();
            for (String text : List.of(pdf, xlsx, Files.readString(out.resolve("index.html")))) {
                assertThat(text).contains(member.fullName() + " (" + member.personCode() + ")");
            }
            java.util.Set<String> inside = insideOrg();
            // a name an outside person shares with one inside may be shown: it names the one inside
            java.util.Set<String> insideNames = registry.stream()
                    .filter(p -> inside.contains(p.personCode()))
                    .map(Person::fullName)
                    .collect(java.util.stream.Collectors.toSet());
            try (Stream<Path> all = Files.walk(out)) {
                for (Path file : all.filter(Files::isRegularFile).toList()) {
                    String text = readableText(file);
                    registry.stream()
                            .filter(p -> !inside.contains(p.personCode()))
                            .forEach(person -> assertThat(text)
                                    .as(file + " shows a person from outside " + ORG)
                                    .doesNotContain(person.personCode())
                                    .satisfies(t -> {
                                        if (!insideNames.contains(person.fullName())) {
                                            assertThat(t).doesNotContain(person.fullName());
                                        }
                                    }));
                }
            }
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class InEnglish {
        @Test
        void headingsAndNumbersAreEnglish() throws IOException {
            Path out = ReportRenderingTests.render(
                    "--lang", "en", "--out", workspace.resolve("en").toString());
            String pdf = pdfText(workspace.resolve("en/report.pdf")) + pdfText(workspace.resolve("en/appendix.pdf"));
            assertThat(pdf)
                    .contains(
                            "Key figures",
                            "On-time rate",
                            "Party cells ranked",
                            "Watch list",
                            "Data quality",
                            "Q4 2025",
                            "95.0%",
                            "Contents",
                            "key figures better",
                            "Figures as of 2026-01-01 00:00");
            assertThat(pdf).doesNotContain("Các chỉ tiêu chính");
            assertThat(out).isNotNull();
        }
    }

    @Nested
    class CommandLine {
        @Test
        void aBadConfigurationFailsWithOneNamingFileAndLine() throws IOException {
            Path bad = workspace.resolve("bad.yaml");
            Files.writeString(bad, "marts: marts\nreport:\n  worst_best: many\n");
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            var cli = ReportsMain.commandLine();
            cli.setErr(new java.io.PrintWriter(err, true, StandardCharsets.UTF_8));
            assertThat(cli.execute("report", "--config", bad.toString())).isEqualTo(1);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains(bad + ":3:", "whole number");
        }

        @Test
        void aMisspelledOptionIsAUsageError() {
            var cli = ReportsMain.commandLine();
            cli.setErr(new java.io.PrintWriter(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            assertThat(cli.execute("report", "--config", config.toString(), "--quater", QUARTER.toString()))
                    .isEqualTo(2);
            assertThat(cli.execute("report", "--config", config.toString(), "--quarter", "autumn"))
                    .isEqualTo(2);
        }

        @Test
        void anUnknownQuarterOrUnitFailsClearly() {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            var cli = ReportsMain.commandLine();
            cli.setErr(new java.io.PrintWriter(err, true, StandardCharsets.UTF_8));
            assertThat(cli.execute("report", "--config", config.toString(), "--org", "NOPE"))
                    .isEqualTo(1);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("no organisation 'NOPE'");
        }
    }

    /** What a reader of the file sees: the PDF's text, the workbook's cells, or the file as text. */
    static String readableText(Path file) throws IOException {
        String name = file.getFileName().toString();
        if (name.endsWith(".pdf")) {
            return pdfText(file);
        } else if (name.endsWith(".xlsx")) {
            return xlsxText(file);
        } else if (name.endsWith(".png")) {
            return "";
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        }
    }

    static long colours(BufferedImage image) {
        return java.util.stream.IntStream.range(0, 400)
                .map(i -> image.getRGB((i * 97) % image.getWidth(), (i * 61) % image.getHeight()))
                .distinct()
                .count();
    }

    static int column(Row header, String label) {
        for (Cell cell : header) {
            if (label.equals(cell.getStringCellValue())) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + label);
    }

    static Row findRow(Sheet sheet, String... leading) {
        for (Row row : sheet) {
            boolean match = true;
            for (int c = 0; c < leading.length; c++) {
                Cell cell = row.getCell(c);
                match &= cell != null && leading[c].equals(cell.getStringCellValue());
            }
            if (match) {
                return row;
            }
        }
        throw new AssertionError("no row " + String.join(",", leading));
    }
}

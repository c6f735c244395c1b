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
import vn.kyluat.contract.Metric;
import vn.kyluat.contract.Quarter;
import vn.kyluat.reports.bench.SyntheticMarts;
import vn.kyluat.reports.marts.Marts;
import vn.kyluat.reports.marts.OrgQuarter;
import vn.kyluat.reports.text.Formats;
import vn.kyluat.reports.text.Language;

/**
 * Renders the reports of a small synthetic province (3 grassroots organisations × 4 cells, four
 * quarters) through the command line, then reads every output back as its reader would.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportRenderingTests {
    static final Quarter QUARTER = Quarter.parse("2024Q3");

    @TempDir
    static Path workspace;

    static Path config;
    static Marts marts;
    static SyntheticMarts province;

    @BeforeAll
    static void province() throws IOException {
        province = new SyntheticMarts(3, 4, Quarter.parse("2023Q4"), QUARTER, 7L);
        province.writeTo(workspace.resolve("marts"));
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

    static String xlsxText(Path xlsx) throws IOException {
        StringBuilder text = new StringBuilder();
        DataFormatter formatter = new DataFormatter();
        try (Workbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            for (Sheet sheet : workbook) {
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
            out = ReportRenderingTests.render("--quarter", "2024Q3").resolve("2024Q3");
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
                            "Đảng uỷ Khối cơ quan và doanh nghiệp tỉnh",
                            "Quý 3/2024");
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
                                "Số liệu tính đến 01/10/2024 00:00",
                                "run-20241001",
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
                        .contains(
                                "Tổ chức cơ sở đảng: G001 – Đảng bộ Sở Tài chính",
                                "Tổ chức cơ sở đảng: G003 – Đảng bộ Sở Tài nguyên và Môi trường",
                                "Chất lượng dữ liệu");
                assertThat(page(document, 2)).contains("Mục lục", "Tổ chức cơ sở đảng: G002");
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
            OrgQuarter bloc = marts.subtreeRow(SyntheticMarts.BLOC, QUARTER).orElseThrow();
            Formats vi = new Formats(Language.VI);
            String onTime = vi.percent(bloc.number(Metric.ON_TIME_RATE));
            assertThat(onTime).contains(",");
            assertThat(pdf).contains(vi.integer(bloc.count(Metric.TASKS_DUE)), onTime, "95,0 %");
        }

        @Test
        void dataQualityShowsEachSourcesCountsRulesAndFailures() {
            // Per source, task relation: read 1,003 = accepted 1,000 + rejected 3 (2 due_before_assigned, 1
            // unknown_org).
            // Table cells wrap, so compare with line breaks read as spaces.
            assertThat(pdf.replaceAll("\\s+", " "))
                    .contains(
                            "3.003",
                            "hạn xử lý trước ngày giao (2), mã đơn vị không có trong danh mục tổ chức (1)",
                            "lỗi: Connection to 127.0.0.1:5439 refused");
        }

        @Test
        void theWatchedCellIsOnTheWatchListWithTheMartsReasons() {
            OrgQuarter watched =
                    marts.subtreeRow(SyntheticMarts.watchedCell(), QUARTER).orElseThrow();
            assertThat(watched.value(Metric.WATCH_REASONS)).isEqualTo("below_peers,late_two_quarters,findings_overdue");
            assertThat(pdf.replaceAll("\\s+", " "))
                    .contains(
                            SyntheticMarts.watchedCell(),
                            "tỷ lệ đúng hạn thấp hơn giới hạn của nhóm so sánh; tỷ lệ đúng hạn (hiệu chỉnh) thấp hai quý liền;"
                                    + " kết luận kiểm tra quá hạn chưa khắc phục");
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
                Row onTime = findRow(summary, "Tỷ lệ đúng hạn");
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
                assertThat(quarters).containsExactly("2023Q4", "2024Q1", "2024Q2", "2024Q3");
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
                assertThat(text)
                        .doesNotContain("party_cell", "grassroots_org", "COMPLETED", "below_peers", "\turgent\t");
                XSSFSheet atRisk = workbook.getSheet("Sắp đến hạn");
                assertThat(atRisk.getRow(1).getCell(6).getCellStyle().getDataFormatString())
                        .isEqualTo("dd/mm/yyyy");
                assertThat(new DataFormatter().formatCellValue(atRisk.getRow(1).getCell(6)))
                        .matches("\\d\\d/\\d\\d/2024");
                Row header = metrics.getRow(0);
                int change = column(header, Metric.QOQ_ON_TIME_CHANGE.label("vi") + " (điểm %)");
                Row cell = findRow(metrics, "2024Q3", SyntheticMarts.watchedCell(), "cả đơn vị trực thuộc");
                OrgQuarter watched =
                        marts.subtreeRow(SyntheticMarts.watchedCell(), QUARTER).orElseThrow();
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
                            "discipline_by_kind",
                            "ranking_G001",
                            "ranking_G002",
                            "ranking_G003");
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
                OrgQuarter bloc = marts.subtreeRow(SyntheticMarts.BLOC, QUARTER).orElseThrow();
                Row blocRow = findRow(metrics, "2024Q3", SyntheticMarts.BLOC, "cả đơn vị trực thuộc");
                assertThat(blocRow.getCell(onTime).getNumericCellValue()).isEqualTo(bloc.number(Metric.ON_TIME_RATE));
                assertThat(blocRow.getCell(onTime).getCellStyle().getDataFormatString())
                        .isEqualTo("0.0%");
                assertThat((long) blocRow.getCell(due).getNumericCellValue()).isEqualTo(bloc.count(Metric.TASKS_DUE));
                assertThat(blocRow.getCell(due).getCellStyle().getDataFormatString())
                        .isEqualTo("#,##0");
                assertThat(workbook.getSheet("Bản ghi bị loại").getLastRowNum()).isEqualTo(6);
                assertThat(workbook.getSheet("Trùng chủ trì").getLastRowNum()).isEqualTo(2);
            }
        }

        @Test
        void noOutputFileCarriesAPersonsNameOrCode() throws IOException {
            assertThat(province.registry()).hasSizeGreaterThan(15);
            // The marts do carry names and codes, in the rejects' raw values: what the outputs must leave out.
            String lastName =
                    province.registry().get(province.registry().size() - 1).fullName();
            assertThat(marts.rejects()).anyMatch(r -> r.get("raw_values").contains(lastName));
            try (Stream<Path> all = Files.walk(out)) {
                for (Path file : all.filter(Files::isRegularFile).toList()) {
                    String text = readableText(file);
                    for (SyntheticMarts.Person person : province.registry()) {
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
            out = ReportRenderingTests.render("--org", "G002").resolve("2024Q3-G002");
        }

        @Test
        void nothingFromOutsideTheSubtreeAppearsInAnyOutput() throws IOException {
            String pdf = pdfText(out.resolve("report.pdf")) + pdfText(out.resolve("appendix.pdf"));
            String xlsx = xlsxText(out.resolve("report.xlsx"));
            String html = Files.readString(out.resolve("index.html"));
            for (String text : List.of(pdf, xlsx, html)) {
                assertThat(text).contains("G002", SyntheticMarts.cellCode(2, 1));
                assertThat(text)
                        .doesNotContain(
                                "G001",
                                "G003",
                                SyntheticMarts.BLOC,
                                "Đảng uỷ Khối",
                                "Sở Tài chính",
                                "Sở Tài nguyên",
                                "T-BAD-");
            }
            assertThat(pdf).contains("Báo cáo riêng cho G002");
        }

        @Test
        void itsPersonsSectionShowsItsHeadsAndItsPersonsByCodeOnlyAndNoOneFromOutside() throws IOException {
            String pdf = pdfText(out.resolve("report.pdf"));
            String xlsx = xlsxText(out.resolve("report.xlsx"));
            String html = Files.readString(out.resolve("index.html"));
            String cell = SyntheticMarts.cellCode(2, 1);
            List<SyntheticMarts.Person> ofCell = province.personsOf(cell);
            assertThat(ofCell).hasSize(3);
            for (String text : List.of(pdf, xlsx, html)) {
                assertThat(text).contains(province.personsOf("G002").get(0).personCode());
                ofCell.forEach(p -> assertThat(text).contains(p.personCode()));
            }
            assertThat(pdf)
                    .contains(
                            "Trách nhiệm cá nhân và người đứng đầu",
                            "Người đứng đầu và kết quả của đơn vị",
                            "Cá nhân có nhiệm vụ quá hạn hoặc hoàn thành trễ hạn",
                            "Nhiệm vụ của " + ofCell.get(1).personCode() + ": tồn đọng quá hạn");
            assertThat(xlsx).contains("Người đứng đầu\n", "Cá nhân\n", "Nhiệm vụ cá nhân\n");
            List<SyntheticMarts.Person> inside = insideG002();
            try (Stream<Path> all = Files.walk(out)) {
                for (Path file : all.filter(Files::isRegularFile).toList()) {
                    String text = readableText(file);
                    for (SyntheticMarts.Person person : province.registry()) {
                        assertThat(text).as(file + " names a person").doesNotContain(person.fullName());
                        if (!inside.contains(person)) {
                            assertThat(text)
                                    .as(file + " shows a person from outside G002")
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
            assertThat(xlsx)
                    .contains("O-2-2024Q3", "T-" + SyntheticMarts.cellCode(2, 1))
                    .doesNotContain("O-1-2024Q3");
        }
    }

    /** The persons of G002's subtree: its head, and the heads and members of its cells. */
    static List<SyntheticMarts.Person> insideG002() {
        List<SyntheticMarts.Person> inside = new java.util.ArrayList<>(province.personsOf("G002"));
        for (int cell = 1; cell <= 4; cell++) {
            inside.addAll(province.personsOf(SyntheticMarts.cellCode(2, cell)));
        }
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
                    lake: named-lake
                    report:
                      worst_best: 1
                      names_in_unit_reports: true
                    """);
            StaffLake.write(workspace.resolve("named-lake"), province.registry());
            out = workspace.resolve("named-out");
            renderWith(named, "--org", "G002", "--out", out.toString());
        }

        @Test
        void itNamesItsOwnPersonsAndStillNoOneFromOutside() throws IOException {
            String pdf = pdfText(out.resolve("report.pdf"));
            String xlsx = xlsxText(out.resolve("report.xlsx"));
            SyntheticMarts.Person member =
                    province.personsOf(SyntheticMarts.cellCode(2, 1)).get(1);
            for (String text : List.of(pdf, xlsx, Files.readString(out.resolve("index.html")))) {
                assertThat(text).contains(member.fullName() + " (" + member.personCode() + ")");
            }
            List<SyntheticMarts.Person> inside = insideG002();
            try (Stream<Path> all = Files.walk(out)) {
                for (Path file : all.filter(Files::isRegularFile).toList()) {
                    String text = readableText(file);
                    province.registry().stream()
                            .filter(p -> !inside.contains(p))
                            .forEach(person -> assertThat(text)
                                    .as(file + " shows a person from outside G002")
                                    .doesNotContain(person.personCode(), person.fullName()));
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
                            "Q3 2024",
                            "95.0%",
                            "Contents",
                            "key figures better",
                            "Figures as of 2024-10-01 00:00");
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
            assertThat(cli.execute("report", "--config", config.toString(), "--quater", "2024Q3"))
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

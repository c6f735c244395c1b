package vn.kyluat.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kyluat.contract.Mart;
import vn.kyluat.contract.MartsLayout;
import vn.kyluat.contract.MartsLayout.Pointer;
import vn.kyluat.contract.Quarter;
import vn.kyluat.contract.RejectRule;
import vn.kyluat.etl.EtlMain;
import vn.kyluat.reports.ReportsMain;
import vn.kyluat.sample.GenerateCommand;
import vn.kyluat.sample.PostgresServer;

/**
 * The whole pipeline on a small generated province: unit systems in PostgreSQL, the real extraction
 * job, the real analysis, the real reports (the board's, and the bloc's own report with its persons
 * named), and the CSV exports and reports checked against what the generator knows by construction
 * ({@code units/expected.json}, see {@code vn.kyluat.sample.ExpectedTruth}).
 */
class EndToEndIntegrationTests {
    private static final String DB_PREFIX =
            "analytics_e2e_" + ProcessHandle.current().pid() + "_";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** What separates the codes in a mart's value (a person code is letters and digits). */
    private static final Pattern NOT_IN_A_CODE = Pattern.compile("[^\\p{L}\\p{N}]+");

    @TempDir
    static Path workspace;

    private static PostgresServer server;
    private static JsonNode expected;
    private static Path marts;
    private static Path boardReport;
    private static Path unitReport;

    @BeforeAll
    static void runThePipeline() throws Exception {
        server = PostgresServer.fromEnvironment(
                "jdbc:postgresql://" + env("PGHOST", "127.0.0.1") + ":" + env("PGPORT", "5432") + "/");
        assertThat(GenerateCommand.commandLine()
                        .execute(
                                "--workspace",
                                workspace.toString(),
                                "--pg-url",
                                server.baseUrl(),
                                "--db-prefix",
                                DB_PREFIX,
                                "--grassroots",
                                "6",
                                "--cells",
                                "24",
                                "--quarters",
                                "4",
                                "--tasks",
                                "3000"))
                .as("generate")
                .isZero();
        Path config = workspace.resolve("pipeline.yaml");
        Files.writeString(
                config,
                "analytics:\n  shuffle_partitions: 2\nreport:\n  names_in_unit_reports: true\n",
                StandardOpenOption.APPEND);
        assertThat(EtlMain.commandLine().execute("extract", "--config", config.toString()))
                .as("extract")
                .isZero();
        // Tiny data: compiling generated code and re-planning stages would cost more than they save.
        Map<String, String> smallData = Map.of(
                "spark.sql.codegen.wholeStage",
                "false",
                "spark.sql.codegen.factoryMode",
                "NO_CODEGEN",
                "spark.sql.adaptive.enabled",
                "false");
        smallData.forEach(System::setProperty);
        try {
            assertThat(AnalyticsMain.execute("analyze", "--config", config.toString(), "--master", "local[2]"))
                    .as("analyze")
                    .isZero();
        } finally {
            smallData.keySet().forEach(System::clearProperty);
        }
        expected = JSON.readTree(workspace.resolve("units/expected.json").toFile());
        marts = workspace.resolve("marts");
        boardReport = workspace.resolve("board-report");
        unitReport = workspace.resolve("unit-report");
        assertThat(ReportsMain.commandLine()
                        .execute("report", "--config", config.toString(), "--out", boardReport.toString()))
                .as("board report")
                .isZero();
        String root = csv(Mart.ORG_QUARTER_METRICS).stream()
                .filter(r -> r.get("parent_code").isEmpty())
                .map(r -> r.get("org_code"))
                .findFirst()
                .orElseThrow();
        assertThat(ReportsMain.commandLine()
                        .execute(
                                "report", "--config", config.toString(), "--org", root, "--out", unitReport.toString()))
                .as("unit report")
                .isZero();
    }

    @AfterAll
    static void dropTheDatabases() throws SQLException {
        if (server == null) {
            return;
        }
        List<String> databases = new ArrayList<>();
        try (Connection connection = server.connect("postgres");
                ResultSet rows = connection
                        .createStatement()
                        .executeQuery(
                                "SELECT datname FROM pg_database WHERE starts_with(datname, '" + DB_PREFIX + "')")) {
            while (rows.next()) {
                databases.add(rows.getString(1));
            }
        }
        for (String database : databases) {
            server.drop(database);
        }
    }

    @Test
    void plantedBouncesOfTheBuckPassingCellsAreCountedPerCellAndQuarter() throws Exception {
        Map<String, CSVRecord> ownRows = csv(Mart.ORG_QUARTER_METRICS).stream()
                .filter(r -> r.get("scope").equals(Mart.SCOPE_OWN))
                .collect(Collectors.toMap(r -> r.get("org_code") + "/" + r.get("quarter"), r -> r));
        JsonNode bounces = expected.at("/buck_passing/bounces");
        assertThat(bounces.size()).as("cells with planted bounces").isPositive();
        Set<String> computedQuarters =
                ownRows.values().stream().map(r -> r.get("quarter")).collect(Collectors.toSet());
        int checked = 0;
        for (Map.Entry<String, JsonNode> cell : bounces.properties()) {
            for (Map.Entry<String, JsonNode> quarter : cell.getValue().properties()) {
                if (!computedQuarters.contains(quarter.getKey())) {
                    continue; // tasks keep arriving after the last computed quarter
                }
                CSVRecord row = ownRows.get(cell.getKey() + "/" + quarter.getKey());
                assertThat(row).as(cell.getKey() + " " + quarter.getKey()).isNotNull();
                assertThat(Long.parseLong(row.get("returns_out")))
                        .as("returns_out of " + cell.getKey() + " " + quarter.getKey())
                        .isEqualTo(quarter.getValue().get("returns_out").asLong());
                assertThat(Long.parseLong(row.get("reversed_transfers")))
                        .as("reversed_transfers of " + cell.getKey() + " " + quarter.getKey())
                        .isEqualTo(quarter.getValue().get("reversed_transfers").asLong());
                checked++;
            }
        }
        assertThat(checked).isPositive();
    }

    @Test
    void dataQualityCountsEveryRecordReadAcceptedAndRejectedByRule() throws Exception {
        Map<String, CSVRecord> rows = csv(Mart.DATA_QUALITY).stream()
                .filter(r -> !r.get("relation").isEmpty())
                .collect(Collectors.toMap(r -> r.get("source_id") + "/" + r.get("relation"), r -> r));
        int relations = 0;
        for (Map.Entry<String, JsonNode> source : expected.get("sources").properties()) {
            for (Map.Entry<String, JsonNode> relation : source.getValue().properties()) {
                String key = source.getKey() + "/" + relation.getKey();
                CSVRecord row = rows.get(key);
                JsonNode truth = relation.getValue();
                assertThat(row).as(key).isNotNull();
                assertThat(Long.parseLong(row.get("read")))
                        .as(key + " read")
                        .isEqualTo(truth.get("rows").asLong());
                assertThat(Long.parseLong(row.get("accepted")))
                        .as(key + " accepted")
                        .isEqualTo(truth.get("accepted").asLong());
                for (RejectRule rule : RejectRule.values()) {
                    assertThat(Long.parseLong(row.get("rejected_" + rule.code())))
                            .as(key + " " + rule.code())
                            .isEqualTo(truth.at("/rejected/" + rule.code()).asLong(0));
                }
                relations++;
            }
        }
        assertThat(relations).isPositive();
        assertThat(rows.entrySet())
                .as("relations a source delivers no row of")
                .filteredOn(row -> !expected.at("/sources/" + row.getKey()).isObject())
                .allSatisfy(row -> assertThat(row.getValue().get("read")).isEqualTo("0"));
    }

    @Test
    void theMergedOrganisationStopsAtItsValidToAndItsSuccessorCarriesOn() throws Exception {
        JsonNode merged = expected.get("merged_org");
        Quarter lastQuarterOfMerged =
                Quarter.of(LocalDate.parse(merged.get("valid_to").asText()));
        List<CSVRecord> metrics = csv(Mart.ORG_QUARTER_METRICS);
        Set<String> mergedQuarters = quartersOf(metrics, merged.get("org_code").asText(), Mart.SCOPE_OWN);
        Set<String> successorQuarters =
                quartersOf(metrics, merged.get("successor_code").asText(), Mart.SCOPE_SUBTREE);

        assertThat(mergedQuarters)
                .isNotEmpty()
                .allSatisfy(q -> assertThat(Quarter.parse(q)).isLessThanOrEqualTo(lastQuarterOfMerged));
        assertThat(successorQuarters)
                .anySatisfy(q -> assertThat(Quarter.parse(q)).isGreaterThan(lastQuarterOfMerged));
        for (Map.Entry<String, JsonNode> cell : merged.get("successors").properties()) {
            assertThat(quartersOf(metrics, cell.getKey(), Mart.SCOPE_OWN))
                    .as(cell.getKey())
                    .allSatisfy(q -> assertThat(Quarter.parse(q)).isLessThanOrEqualTo(lastQuarterOfMerged));
            assertThat(quartersOf(metrics, cell.getValue().asText(), Mart.SCOPE_OWN))
                    .as(cell.getValue().asText())
                    .anySatisfy(q -> assertThat(Quarter.parse(q)).isGreaterThan(lastQuarterOfMerged));
        }
    }

    @Test
    void overlappingOriginRefsAreThosePlanted() throws Exception {
        Map<String, Set<String>> planted = new TreeMap<>();
        for (JsonNode overlap : expected.get("overlapping_origin_refs")) {
            Set<String> tasks = new TreeSet<>();
            overlap.get("tasks")
                    .forEach(t -> tasks.add(
                            t.get("source").asText() + "/" + t.get("task_code").asText()));
            planted.put(overlap.get("normalized").asText(), tasks);
        }
        Map<String, Set<String>> found = csv(Mart.OVERLAPPING_ASSIGNMENTS).stream()
                .collect(Collectors.groupingBy(
                        r -> r.get("origin_ref"),
                        TreeMap::new,
                        Collectors.mapping(
                                r -> r.get("source_id") + "/" + r.get("task_code"),
                                Collectors.toCollection(TreeSet::new))));

        assertThat(planted).isNotEmpty();
        assertThat(found).isEqualTo(planted);
    }

    @Test
    void tasksWithoutLeadAreCountedPerSourceAndQuarter() throws Exception {
        List<CSVRecord> rows = csv(Mart.TASKS_WITHOUT_LEAD);
        Set<String> computedQuarters = csv(Mart.ORG_QUARTER_METRICS).stream()
                .map(r -> r.get("quarter"))
                .collect(Collectors.toSet());
        Map<String, Long> planted = new TreeMap<>();
        expected.get("tasks_without_lead")
                .properties()
                .forEach(source -> source.getValue().properties().forEach(q -> {
                    if (computedQuarters.contains(q.getKey())) {
                        planted.put(
                                source.getKey() + "/" + q.getKey(), q.getValue().asLong());
                    }
                }));
        Map<String, Long> found = rows.stream()
                .collect(Collectors.groupingBy(
                        r -> r.get("source_id") + "/" + r.get("quarter"), TreeMap::new, Collectors.counting()));

        assertThat(planted).isNotEmpty();
        assertThat(found).isEqualTo(planted);
    }

    /** The generator's planted persons (expected.json) against person_quarter_metrics, figure by figure. */
    @Test
    void plantedPersonsHaveTheFiguresTheGeneratorWorkedOut() throws Exception {
        Map<String, CSVRecord> rows = csv(Mart.PERSON_QUARTER_METRICS).stream()
                .collect(Collectors.toMap(r -> r.get("person_code") + "/" + r.get("quarter"), r -> r));
        Set<String> computedQuarters = csv(Mart.ORG_QUARTER_METRICS).stream()
                .map(r -> r.get("quarter"))
                .collect(Collectors.toSet());
        JsonNode figures = expected.at("/planted_persons/figures");
        List<String> columns = List.of(
                "org_code",
                "role",
                "tasks_due",
                "done_on_time",
                "done_late",
                "overdue_open",
                "backlog_overdue",
                "backlog_over_180");
        int checked = 0;
        for (Map.Entry<String, JsonNode> person : figures.properties()) {
            for (Map.Entry<String, JsonNode> quarter : person.getValue().properties()) {
                if (!computedQuarters.contains(quarter.getKey())) {
                    continue;
                }
                String key = person.getKey() + "/" + quarter.getKey();
                CSVRecord row = rows.get(key);
                assertThat(row).as(key).isNotNull();
                for (String column : columns) {
                    assertThat(row.get(column))
                            .as(key + " " + column)
                            .isEqualTo(quarter.getValue().get(column).asText());
                }
                checked++;
            }
        }
        assertThat(checked).isPositive();
        JsonNode planted = expected.get("planted_persons");
        assertThat(figures.properties())
                .extracting(Map.Entry::getKey)
                .containsAll(List.of(
                        planted.at("/late_head/person_code").asText(),
                        planted.at("/mover/person_code").asText()));
        assertThat(csv(Mart.PERSON_QUARTER_METRICS).get(0).toMap()).doesNotContainKey("full_name");
    }

    @Test
    void thePlantedLateHeadIsTheHeadOfItsUnitInEveryQuarter() throws Exception {
        JsonNode head = expected.at("/planted_persons/late_head");
        List<CSVRecord> rows = csv(Mart.ORG_QUARTER_METRICS).stream()
                .filter(r -> r.get("org_code").equals(head.get("org_code").asText()))
                .toList();
        assertThat(rows)
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.get("head_person_code"))
                        .isEqualTo(head.get("person_code").asText()));
    }

    /**
     * The bloc's own report (--org at the root, names configured) against what was planted: the
     * heavy-backlog persons are the three worst, every planted person with overdue or late tasks in the
     * report's quarter is listed by name with the figures expected.json worked out (the mover under the
     * unit moved to), with as many tasks as those figures, and the late head heads its cell.
     */
    @Test
    void theUnitReportNamesThePlantedPersonsWorstFirstWithTheirFiguresAndTasks() throws Exception {
        Map<String, String> names = registryNames();
        JsonNode planted = expected.get("planted_persons");
        String quarter = csv(Mart.ORG_QUARTER_METRICS).stream()
                .map(r -> r.get("quarter"))
                .max(String::compareTo)
                .orElseThrow();
        try (Workbook workbook = new XSSFWorkbook(Files.newInputStream(unitReport.resolve("report.xlsx")))) {
            List<List<String>> persons = rows(workbook.getSheet("Cá nhân"));
            Map<String, Long> tasks = rows(workbook.getSheet("Nhiệm vụ cá nhân")).stream()
                    .collect(Collectors.groupingBy(r -> r.get(0), Collectors.counting()));
            Set<String> heavy = new TreeSet<>();
            planted.get("heavy_backlog").forEach(p -> heavy.add(label(names, p.asText())));
            assertThat(persons.subList(0, 3))
                    .as("the three worst")
                    .extracting(r -> r.get(0))
                    .containsExactlyInAnyOrderElementsOf(heavy);
            int checked = 0;
            for (Map.Entry<String, JsonNode> person : planted.get("figures").properties()) {
                JsonNode figures = person.getValue().get(quarter);
                if (figures == null
                        || figures.get("backlog_overdue").asLong()
                                        + figures.get("done_late").asLong()
                                == 0) {
                    continue;
                }
                String label = label(names, person.getKey());
                List<String> row = persons.stream()
                        .filter(r -> r.get(0).equals(label))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(label + " is not listed"));
                assertThat(row.subList(1, 3))
                        .as(label)
                        .containsExactly(
                                figures.get("org_code").asText(),
                                figures.get("role").asText().equals("head") ? "Người đứng đầu" : "Thành viên");
                assertThat(row.get(5))
                        .as(label + " done_late")
                        .isEqualTo(figures.get("done_late").asText());
                assertThat(row.get(8))
                        .as(label + " backlog_overdue")
                        .isEqualTo(figures.get("backlog_overdue").asText());
                assertThat(tasks.get(label))
                        .as(label + " tasks")
                        .isEqualTo(figures.get("backlog_overdue").asLong()
                                + figures.get("done_late").asLong());
                checked++;
            }
            assertThat(checked).as("planted persons checked").isGreaterThanOrEqualTo(4);
            JsonNode mover = planted.get("mover");
            if (planted.at("/figures/" + mover.get("person_code").asText() + "/" + quarter)
                    .isObject()) {
                assertThat(planted.at("/figures/" + mover.get("person_code").asText() + "/" + quarter + "/org_code")
                                .asText())
                        .isEqualTo(mover.get("to_org_code").asText());
            }
            List<List<String>> heads = rows(workbook.getSheet("Người đứng đầu"));
            JsonNode head = planted.get("late_head");
            assertThat(heads)
                    .filteredOn(r -> r.get(0).equals(head.get("org_code").asText()))
                    .extracting(r -> r.get(2))
                    .containsExactly(label(names, head.get("person_code").asText()));
        }
        assertThat(readable(unitReport.resolve("report.pdf")))
                .contains(
                        "Trách nhiệm cá nhân và người đứng đầu",
                        label(names, planted.at("/late_head/person_code").asText()));
    }

    /** No board-level output carries a person's code or name, though every figure behind them is there. */
    @Test
    void theBoardReportNamesNoPersonOfTheRegistry() throws Exception {
        Map<String, String> names = registryNames();
        assertThat(names).hasSizeGreaterThan(100);
        List<Path> files;
        try (var all = Files.walk(boardReport)) {
            files = all.filter(Files::isRegularFile)
                    .filter(f -> !f.toString().endsWith(".png"))
                    .toList();
        }
        assertThat(files)
                .extracting(f -> boardReport.relativize(f).toString())
                .contains("report.pdf", "report.xlsx", "index.html", "dashboard/data.js");
        for (Path file : files) {
            String text = readable(file);
            names.forEach((code, name) -> assertThat(text)
                    .as(file + " shows a person")
                    .doesNotContain(name == null ? List.of(code) : List.of(code, name)));
        }
    }

    /** The figures each drill-down list of the dashboard explains: a unit's list is as long as their sum. */
    private static final Map<String, List<String>> LIST_FIGURES = Map.of(
            "overdue",
            List.of("backlog_overdue"),
            "late",
            List.of("done_late"),
            "returned",
            List.of("returns_out", "reversed_transfers"),
            "escalations",
            List.of("escalations_within"),
            "findings",
            List.of("findings_open_overdue"));

    /**
     * Issue 14: in the board's dashboard data, every unit of the quarter finds under it, in its own scope
     * and its subtree's, as many rows of each list as the mart's figures say; a row counts under the unit
     * org_tree names for its unit (a dissolved holder's task is in its successor's backlog).
     */
    @Test
    void everyUnitsDrillDownListsInTheDashboardAreAsLongAsTheFiguresTheyExplain() throws Exception {
        String script = Files.readString(boardReport.resolve("dashboard/data.js"), StandardCharsets.UTF_8);
        JsonNode lists = JSON.readTree(script.substring(script.indexOf('{'), script.lastIndexOf('}') + 1))
                .get("lists");
        List<CSVRecord> metrics = csv(Mart.ORG_QUARTER_METRICS);
        String quarter = metrics.stream()
                .map(r -> r.get(Mart.QUARTER))
                .max(String::compareTo)
                .orElseThrow();
        List<CSVRecord> units = metrics.stream()
                .filter(r -> r.get(Mart.QUARTER).equals(quarter))
                .toList();
        Map<String, String> countedUnder = new TreeMap<>();
        csv(Mart.ORG_TREE).stream()
                .filter(r -> r.get(Mart.QUARTER).equals(quarter)
                        && !r.get("counted_under_code").isEmpty())
                .forEach(r -> countedUnder.put(r.get(Mart.ORG_CODE), r.get("counted_under_code")));
        List<String> mismatches = new ArrayList<>();
        long rowsChecked = 0;
        for (var list : LIST_FIGURES.entrySet()) {
            JsonNode drill = lists.get(list.getKey());
            assertThat(drill).as("data.js list " + list.getKey()).isNotNull();
            Map<String, Long> rowsByUnit = new TreeMap<>();
            for (JsonNode row : drill.get("rows")) {
                JsonNode unit = row.get(drill.get("unitColumn").asInt());
                String code = (unit.isArray() ? unit.get(1) : unit).asText();
                rowsByUnit.merge(countedUnder.getOrDefault(code, code), 1L, Long::sum);
                rowsChecked++;
            }
            for (CSVRecord unit : units) {
                Set<String> scope = unit.get(Mart.SCOPE).equals(Mart.SCOPE_OWN)
                        ? Set.of(unit.get(Mart.ORG_CODE))
                        : subtree(units, unit.get(Mart.ORG_CODE));
                long listed = scope.stream()
                        .mapToLong(code -> rowsByUnit.getOrDefault(code, 0L))
                        .sum();
                long figure = list.getValue().stream()
                        .mapToLong(column -> Long.parseLong(unit.get(column)))
                        .sum();
                if (listed != figure) {
                    mismatches.add(list.getKey() + " of " + unit.get(Mart.ORG_CODE) + " (" + unit.get(Mart.SCOPE)
                            + "): " + listed + " rows, " + list.getValue() + " = " + figure);
                }
            }
        }
        assertThat(rowsChecked).as("rows of the lists in " + quarter).isPositive();
        assertThat(mismatches)
                .as("units of " + quarter + " whose list is not as long as its figures")
                .isEmpty();
    }

    /** {@code root} and every unit below it, by the subtree rows' parent_code. */
    private static Set<String> subtree(List<CSVRecord> quarterRows, String root) {
        Set<String> codes = new TreeSet<>(Set.of(root));
        boolean grew = true;
        while (grew) {
            grew = quarterRows.stream()
                    .filter(r -> r.get(Mart.SCOPE).equals(Mart.SCOPE_SUBTREE) && codes.contains(r.get("parent_code")))
                    .map(r -> codes.add(r.get(Mart.ORG_CODE)))
                    .reduce(false, Boolean::logicalOr);
        }
        return codes;
    }

    /** A report file's text as its reader sees it: a PDF's text, a workbook's cells, any other file as UTF-8. */
    private static String readable(Path file) throws Exception {
        String name = file.getFileName().toString();
        if (name.endsWith(".pdf")) {
            try (PDDocument document = Loader.loadPDF(file.toFile())) {
                return new PDFTextStripper().getText(document);
            }
        }
        if (name.endsWith(".xlsx")) {
            StringBuilder text = new StringBuilder();
            try (Workbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
                workbook.forEach(sheet -> rows(sheet)
                        .forEach(row -> text.append(String.join("\t", row)).append('\n')));
            }
            return text.toString();
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** The only mart columns that carry a person's code, by design (docs/metrics.md, individual responsibility): mart → column. */
    private static final Map<Mart, String> PERSON_CODE_COLUMNS = Map.of(
            Mart.PERSON_QUARTER_METRICS,
            "person_code",
            Mart.TASK_QUARTER_FACTS,
            "assignee_code",
            Mart.ORG_QUARTER_METRICS,
            "head_person_code");

    /**
     * Names stay in the lake: no mart's CSV export holds a registry name, the rejects included (masked
     * where they are made), and no column holds a registry person code but the three that carry one.
     */
    @Test
    void noMartHoldsANameNorAPersonCodeOutsideTheColumnsThatCarryOne() throws Exception {
        Map<String, String> names = registryNames();
        Set<String> codes = names.keySet();
        List<String> fullNames =
                names.values().stream().filter(name -> name != null).toList();
        assertThat(csv(Mart.REJECTS))
                .as("the generator plants rejected staff records")
                .isNotEmpty();
        for (Mart mart : Mart.values()) {
            Path export = Path.of(mart.csvPath(publishedSet()));
            if (!Files.exists(export)) {
                continue;
            }
            String text = Files.readString(export, StandardCharsets.UTF_8);
            assertThat(fullNames).as(mart.martName() + " holds a name").noneMatch(text::contains);
            List<String> personCodes = new ArrayList<>();
            for (CSVRecord record : csv(mart)) {
                record.toMap().forEach((column, value) -> {
                    if (!column.equals(PERSON_CODE_COLUMNS.get(mart))) {
                        NOT_IN_A_CODE
                                .splitAsStream(value)
                                .filter(codes::contains)
                                .forEach(code -> personCodes.add(column + ": " + code));
                    }
                });
            }
            assertThat(personCodes).as(mart.martName() + " holds person codes").isEmpty();
        }
    }

    /**
     * person_code → full_name of the registry's staff, as the unit system holds them (null for the
     * planted records without one).
     */
    private static Map<String, String> registryNames() throws SQLException {
        Map<String, String> names = new TreeMap<>();
        try (Connection connection = server.connect(DB_PREFIX + "registry");
                ResultSet rows =
                        connection.createStatement().executeQuery("SELECT person_code, full_name FROM staff")) {
            while (rows.next()) {
                names.put(rows.getString(1), rows.getString(2));
            }
        }
        return names;
    }

    private static String label(Map<String, String> names, String code) {
        return names.get(code) + " (" + code + ")";
    }

    /** A sheet's rows below its header, every cell as it shows. */
    private static List<List<String>> rows(Sheet sheet) {
        DataFormatter formatter = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() > 0) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(formatter.formatCellValue(cell)));
                rows.add(cells);
            }
        }
        return rows;
    }

    private static Set<String> quartersOf(List<CSVRecord> metrics, String orgCode, String scope) {
        return metrics.stream()
                .filter(r -> r.get("org_code").equals(orgCode) && r.get("scope").equals(scope))
                .map(r -> r.get("quarter"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String publishedSet() throws Exception {
        return Pointer.parse(Files.readString(Path.of(MartsLayout.pointer(marts.toString()))))
                .setDir(marts.toString());
    }

    private static List<CSVRecord> csv(Mart mart) throws Exception {
        try (Reader reader = Files.newBufferedReader(Path.of(mart.csvPath(publishedSet())), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)
                    .getRecords();
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

package vn.kyluat.reports.drill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kyluat.contract.Mart;
import vn.kyluat.contract.Metric;
import vn.kyluat.contract.Quarter;
import vn.kyluat.reports.ProvinceFixture;
import vn.kyluat.reports.ReportsMain;
import vn.kyluat.reports.config.ReportSettings;
import vn.kyluat.reports.dashboard.DashboardFiles;
import vn.kyluat.reports.marts.MartException;
import vn.kyluat.reports.marts.Marts;
import vn.kyluat.reports.marts.OrgQuarter;
import vn.kyluat.reports.model.ReportContext;
import vn.kyluat.reports.model.ReportTables;
import vn.kyluat.reports.model.TableModel;
import vn.kyluat.reports.text.Language;
import vn.kyluat.reports.text.Messages;

/** The drill-down lists explain the mart's counts, unit by unit, and a scoped data file holds its subtree only. */
class DrillDownTests {
    static final Quarter QUARTER = ProvinceFixture.QUARTER;
    /** The grassroots organisation whose scoped data file is read. */
    static final String ORGANISATION = "CS004";
    /**
     * The fixture's merger: CS002 was dissolved on 2025-06-30 and its cell CS002-CB01 counts under CS005-CB04
     * from 2025Q3 on (org_tree's counted_under_code).
     */
    static final String ABSORBER = "CS005-CB04";

    static final String DISSOLVED = "CS002-CB01";

    @TempDir
    static Path workspace;

    static Path set;
    static Marts marts;
    static ReportContext context;
    static DrillDown drill;

    @BeforeAll
    static void province() throws IOException {
        set = ProvinceFixture.copyTo(workspace);
        Files.writeString(workspace.resolve("pipeline.yaml"), "marts: marts\nreports: out\n");
        marts = Marts.load(workspace.resolve("marts").toString(), w -> {});
        context = ReportContext.of(marts, QUARTER, null, ReportSettings.DEFAULTS);
        drill = DrillDown.forReport(set.toString(), context, w -> {});
    }

    @Test
    void noListIsNamedLikeAFigureItDoesNotExplain() {
        // A reader matches a list to the figure whose words it carries: the overdue list (backlog_overdue)
        // must not read like overdue_open, a different count shown in the same table.
        for (Language language : Language.values()) {
            Messages messages = Messages.of(language);
            for (DrillList list : DrillList.values()) {
                String title = messages.get("dashboard.list." + list.id()).toLowerCase(java.util.Locale.ROOT);
                for (Metric metric : Metric.values()) {
                    String label = metric.label(language.code()).toLowerCase(java.util.Locale.ROOT);
                    if (!list.explains().contains(metric) && metric != list.figure()) {
                        assertThat(title)
                                .as("%s list (%s) names %s", list.id(), language, metric.column())
                                .doesNotContain(label);
                    }
                }
            }
        }
    }

    @Test
    void everyUnitsListIsAsLongAsTheFiguresItExplainsInBothScopes() {
        // the fixture's 2025Q4: the bloc, 4 grassroots organisations, their 4 agencies, 13 departments and 11 cells
        assertThat(marts.subtreeRows(QUARTER)).hasSize(1 + 4 + 4 + 13 + 11);
        assertThat(drill.available()).containsExactly(DrillList.values());
        for (DrillList list : DrillList.values()) {
            if (list.explains().isEmpty()) {
                continue;
            }
            assertThat(drill.rows(list)).as(list.id()).isNotEmpty();
            for (OrgQuarter row : marts.metrics()) {
                if (row.quarter().equals(QUARTER)) {
                    Set<String> scope = row.isSubtree() ? context.tree().subtree(row.orgCode()) : Set.of(row.orgCode());
                    assertThat(drill.of(list, scope))
                            .as("%s of %s (%s)", list.id(), row.orgCode(), row.scope())
                            .hasSize((int) list.explains().stream()
                                    .mapToLong(row::count)
                                    .sum());
                }
            }
        }
    }

    @Test
    void overdueTasksComeOldestFirstAndOnlyFromTheQuarter() {
        List<Long> days = drill.rows(DrillList.OVERDUE).stream()
                .map(r -> r.getLong("days_overdue"))
                .toList();
        assertThat(days).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(drill.rows(DrillList.OVERDUE))
                .extracting(r -> r.get("quarter"))
                .containsOnly(QUARTER.toString());
        // 2025Q4 has no task without a lead unit; 2025Q2 has three, assigned by three organisations
        Quarter second = Quarter.parse("2025Q2");
        DrillDown ofSecond =
                DrillDown.load(set.toString(), second, marts.tree(second).subtree(ProvinceFixture.BLOC), w -> {});
        assertThat(ofSecond.rows(DrillList.WITHOUT_LEAD))
                .extracting(r -> r.get("assigned_by_org_code"))
                .containsExactlyInAnyOrder("CS005", "CS002", "CS003");
    }

    @Test
    void theDataFileListsEveryOverdueTaskOfTheBloc() throws IOException {
        Path out = render();
        String data =
                Files.readString(out.resolve(QUARTER.toString()).resolve("dashboard/data.js"), StandardCharsets.UTF_8);
        long blocBacklog =
                marts.subtreeRow(ProvinceFixture.BLOC, QUARTER).orElseThrow().count(Metric.BACKLOG_OVERDUE);
        assertThat(blocBacklog).isPositive();
        assertThat(rowsOf(data, DrillList.OVERDUE)).isEqualTo(blocBacklog);
        assertThat(Files.readString(out.resolve(QUARTER.toString()).resolve("index.html")))
                .contains(DashboardFiles.TAGS);
    }

    @Test
    void aScopedDataFileHoldsItsSubtreeOnlyAndNoPerson() throws IOException {
        Path out = render("--org", ORGANISATION);
        String data = Files.readString(
                out.resolve(QUARTER + "-" + ORGANISATION).resolve("dashboard/data.js"), StandardCharsets.UTF_8);
        Set<String> subtree = context.tree().subtree(ORGANISATION);
        String overdueTask = drill.of(DrillList.OVERDUE, subtree).get(0).get("task_code");
        assertThat(data)
                .contains("\"code\":\"" + ORGANISATION + "\"", "\"code\":\"" + ORGANISATION + "-CB02\"", overdueTask);
        List<String> others = marts.subtreeRows(QUARTER).stream()
                .filter(r -> r.orgKind() == vn.kyluat.reports.marts.OrgKind.GRASSROOTS_ORG)
                .map(OrgQuarter::orgCode)
                .filter(code -> !code.equals(ORGANISATION))
                .toList();
        assertThat(others).hasSize(3);
        assertThat(data)
                .doesNotContain(others.toArray(String[]::new))
                .doesNotContain("\"" + ProvinceFixture.BLOC + "\"", "head_person_code");
        long units = count(data, "\\{\"code\":\"");
        assertThat(units).isEqualTo(subtree.size());
        long backlog = marts.subtreeRow(ORGANISATION, QUARTER).orElseThrow().count(Metric.BACKLOG_OVERDUE);
        assertThat(rowsOf(data, DrillList.OVERDUE)).isEqualTo(backlog);
        for (ProvinceFixture.Person person : ProvinceFixture.registry()) {
            assertThat(data).doesNotContain(person.personCode());
        }
    }

    @Test
    void printShowsAUnitsWorstNTasksAndSaysHowManyMore(@TempDir Path other) throws IOException {
        String cell = "CS001-CB01";
        List<Integer> daysOverdue = List.of(12, 200, 45, 3, 95, 45, 7);
        StringBuilder csv = new StringBuilder(String.join(",", Mart.TASK_QUARTER_FACTS.columns())).append('\n');
        for (int i = 0; i < daysOverdue.size(); i++) {
            int n = i;
            csv.append(Mart.TASK_QUARTER_FACTS.columns().stream()
                            .map(c -> switch (c) {
                                case "quarter" -> QUARTER.toString();
                                case "task_code" -> "T" + n;
                                case "holder_org_code" -> cell;
                                case "outcome" -> "backlog";
                                case "days_overdue" -> String.valueOf(daysOverdue.get(n));
                                case "eff_due_date" ->
                                    QUARTER.end().minusDays(daysOverdue.get(n)).toString();
                                default -> "";
                            })
                            .collect(java.util.stream.Collectors.joining(",")))
                    .append('\n');
        }
        Files.createDirectories(other.resolve("csv"));
        Files.writeString(Path.of(Mart.TASK_QUARTER_FACTS.csvPath(other.toString())), csv);
        ReportSettings threePerUnit = new ReportSettings(Language.VI, ReportSettings.DEFAULTS.targets(), 10, 3, false);
        DrillDown handMade = DrillDown.load(other.toString(), QUARTER, Set.of(cell), w -> {});
        assertThat(handMade.available()).containsExactly(DrillList.OVERDUE, DrillList.LATE);

        List<TableModel> tables =
                new DrillTables(ReportContext.of(marts, QUARTER, null, threePerUnit), handMade).forSubtree(cell);

        assertThat(tables)
                .extracting(TableModel::title)
                .containsExactly("Tồn đọng quá hạn: mọi nhiệm vụ quá hạn còn mở", "Hoàn thành quá hạn");
        TableModel overdue = tables.get(0);
        assertThat(overdue.rows()).extracting(r -> r.get(0)).containsExactly("T1", "T4", "T2", "");
        assertThat(overdue.rows()).extracting(r -> r.get(6)).containsExactly("200", "95", "45", "");
        assertThat(overdue.rows().get(3).get(1)).isEqualTo("… còn 4 việc khác của " + cell + " (tổng 7)");
        assertThat(overdue.note()).startsWith("Mỗi đơn vị: tối đa 3 việc");
        assertThat(tables.get(1).isEmpty()).isTrue();
        assertThat(Shortlist.of(List.of(1, 2, 3), 3)).isEqualTo(new Shortlist<>(List.of(1, 2, 3), 0));
    }

    @Test
    void aUnitThatAbsorbedADissolvedOneInTheQuarterHasItsFootnote(@TempDir Path other) throws IOException {
        // The fixture's merger takes effect on a quarter's first day (CS002-CB01 valid to 2025-06-30, counted
        // under CS005-CB04 from 2025Q3): no quarter of the real province has a unit dissolved within it, so
        // this one is a hand-made org_tree over the fixture, its cell dissolved on 2025-11-10.
        Path withMerger = provinceWith(
                other,
                Mart.ORG_TREE,
                List.of(
                        Map.of("org_code", ABSORBER, "counted_under_code", ABSORBER),
                        Map.of(
                                "org_code",
                                DISSOLVED,
                                "org_name",
                                "Chi bộ Văn phòng",
                                "valid_to",
                                "2025-11-10",
                                "successor_code",
                                ABSORBER,
                                "counted_under_code",
                                ABSORBER)));
        DrillDown merged = DrillDown.forReport(withMerger.toString(), context, w -> {});
        assertThat(merged.absorbedBy(ABSORBER))
                .extracting(r -> r.get("org_code"))
                .containsExactly(DISSOLVED);
        assertThat(new DrillTables(context, merged).absorptions("CS005"))
                .containsExactly("Ghi chú: CS005-CB04 đã tiếp nhận CS002-CB01 – Chi bộ Văn phòng (giải thể, hiệu lực"
                        + " đến 10/11/2025); số liệu của đơn vị này trong quý được tính vào CS005-CB04.");
        assertThat(new DrillTables(context, merged).absorptions(ORGANISATION)).isEmpty();
        assertThat(drill.absorbedBy(ABSORBER))
                .as("the real merger, a quarter before")
                .isEmpty();
    }

    @Test
    void aTaskStillHeldByADissolvedUnitIsListedUnderTheUnitWhoseBacklogCountsIt(@TempDir Path other)
            throws IOException {
        String absorber = ABSORBER;
        String dissolved = DISSOLVED;
        writeMart(
                other,
                Mart.TASK_QUARTER_FACTS,
                List.of(
                        Map.of(
                                "task_code",
                                "T-own",
                                "holder_org_code",
                                absorber,
                                "outcome",
                                "backlog",
                                "days_overdue",
                                "30"),
                        Map.of(
                                "task_code",
                                "T-inherited",
                                "holder_org_code",
                                dissolved,
                                "outcome",
                                "overdue_open",
                                "days_overdue",
                                "60"),
                        Map.of(
                                "task_code",
                                "T-late",
                                "holder_org_code",
                                dissolved,
                                "outcome",
                                "late",
                                "delay_days",
                                "4"),
                        Map.of("task_code", "T-no-holder", "outcome", "backlog", "days_overdue", "5")));
        writeMart(
                other,
                Mart.ORG_TREE,
                List.of(
                        Map.of("org_code", absorber, "counted_under_code", absorber),
                        Map.of("org_code", dissolved, "counted_under_code", absorber, "successor_code", absorber)));
        // the report's units come from org_quarter_metrics, which has no row for the dissolved cell
        DrillDown handMade =
                DrillDown.load(other.toString(), QUARTER, context.tree().subtree("CS005"), w -> {});

        assertThat(handMade.of(DrillList.OVERDUE, Set.of(absorber)))
                .extracting(r -> r.get("task_code"))
                .as("backlog_overdue of %s counts the task its absorbed cell still holds", absorber)
                .containsExactly("T-inherited", "T-own");
        assertThat(handMade.of(DrillList.LATE, Set.of(absorber)))
                .extracting(r -> r.get("task_code"))
                .containsExactly("T-late");
        assertThat(handMade.byUnit(DrillList.OVERDUE)).containsOnlyKeys(absorber);
        assertThat(handMade.unitOf(
                        DrillList.OVERDUE, handMade.rows(DrillList.OVERDUE).get(0)))
                .isEqualTo(absorber);
        assertThat(handMade.countedUnder()).containsExactly(Map.entry(dissolved, absorber));
    }

    @Test
    void aUnitDissolvedBeforeTheQuarterHasNoFootnoteButItsTasksStillCountUnderItsSuccessor(@TempDir Path other)
            throws IOException {
        String absorber = ABSORBER;
        String dissolvedEarlier = "CS005-CB09";
        writeMart(
                other,
                Mart.TASK_QUARTER_FACTS,
                List.of(Map.of(
                        "task_code",
                        "T-old",
                        "holder_org_code",
                        dissolvedEarlier,
                        "outcome",
                        "backlog",
                        "days_overdue",
                        "300")));
        writeMart(
                other,
                Mart.ORG_TREE,
                List.of(
                        Map.of("org_code", absorber, "counted_under_code", absorber),
                        Map.of(
                                "org_code",
                                dissolvedEarlier,
                                "valid_to",
                                "2025-05-31",
                                "successor_code",
                                absorber,
                                "counted_under_code",
                                absorber)));
        DrillDown handMade =
                DrillDown.load(other.toString(), QUARTER, context.tree().subtree("CS005"), w -> {});

        assertThat(handMade.of(DrillList.OVERDUE, Set.of(absorber)))
                .extracting(r -> r.get("task_code"))
                .containsExactly("T-old");
        assertThat(handMade.absorbedBy(absorber))
                .as("dissolved in 2025Q2: %s did not absorb it in %s", absorber, QUARTER)
                .isEmpty();
    }

    @Test
    void aTaskAtRiskStillHeldByADissolvedUnitIsInItsSuccessorsSection(@TempDir Path other) throws IOException {
        String absorber = ABSORBER;
        Path set = provinceWith(
                other,
                Mart.AT_RISK_TASKS,
                List.of(
                        Map.of("holder_org_code", absorber, "task_code", "T-own", "days_left", "9"),
                        Map.of("holder_org_code", DISSOLVED, "task_code", "T-inherited", "days_left", "3")));
        Marts withAtRisk = Marts.fromSet(set.toString(), w -> {});
        ReportContext atRiskContext = ReportContext.of(withAtRisk, QUARTER, null, ReportSettings.DEFAULTS);

        DrillDown absorptions = DrillDown.forReport(set.toString(), atRiskContext, w -> {});

        TableModel section = new ReportTables(atRiskContext, absorptions.countedUnder()).atRisk(absorber);

        assertThat(section.rows()).extracting(r -> r.get(1)).containsExactly("T-inherited", "T-own");
    }

    @Test
    void aUnitsScopedReportKeepsTheTasksAtRiskItsAbsorbedCellStillHolds(@TempDir Path other) throws IOException {
        String absorber = ABSORBER;
        String organisation = "CS005";
        Path set = provinceWith(
                other,
                Mart.AT_RISK_TASKS,
                List.of(
                        Map.of("holder_org_code", absorber, "task_code", "T-own", "days_left", "9"),
                        Map.of("holder_org_code", DISSOLVED, "task_code", "T-inherited", "days_left", "3"),
                        Map.of("holder_org_code", "CS004-CB01", "task_code", "T-outside", "days_left", "1")));
        ReportContext scoped = ReportContext.of(
                Marts.fromSet(set.toString(), w -> {}), QUARTER, organisation, ReportSettings.DEFAULTS);

        DrillDown absorptions = DrillDown.forReport(set.toString(), scoped, w -> {});

        assertThat(scoped.marts().atRisk())
                .extracting(r -> r.get("task_code"))
                .as("--org %s: the at-risk tasks of its subtree, the absorbed cell's too", organisation)
                .containsExactlyInAnyOrder("T-own", "T-inherited");
        assertThat(new ReportTables(scoped, absorptions.countedUnder())
                        .atRisk(absorber)
                        .rows())
                .extracting(r -> r.get(1))
                .containsExactly("T-inherited", "T-own");
    }

    @Test
    void anOverlappingAssignmentLedByAnAbsorbedCellIsInItsSuccessorsSectionScopedOrNot(@TempDir Path other)
            throws IOException {
        String absorber = ABSORBER;
        String organisation = "CS005";
        Path set = provinceWith(
                other,
                Mart.OVERLAPPING_ASSIGNMENTS,
                List.of(overlap("T-absorbed", DISSOLVED), overlap("T-other", "CS004-CB01")));
        Marts withOverlaps = Marts.fromSet(set.toString(), w -> {});

        for (String scope : java.util.Arrays.asList(null, organisation)) {
            ReportContext overlapContext = ReportContext.of(withOverlaps, QUARTER, scope, ReportSettings.DEFAULTS);
            DrillDown absorptions = DrillDown.forReport(set.toString(), overlapContext, w -> {});

            assertThat(new ReportTables(overlapContext, absorptions.countedUnder())
                            .overlaps(organisation)
                            .rows())
                    .extracting(r -> r.get(2))
                    .as("overlaps in %s's section (report scoped to %s)", organisation, scope)
                    .containsExactly("T-absorbed");
            assertThat(new ReportTables(overlapContext, absorptions.countedUnder())
                            .overlaps(absorber)
                            .rows())
                    .extracting(r -> r.get(2))
                    .containsExactly("T-absorbed");
        }
    }

    private static Map<String, String> overlap(String task, String lead) {
        return Map.of(
                "origin_ref",
                "123/QD-UBND",
                "lead_unit_count",
                "2",
                "source_id",
                "unit-a",
                "task_code",
                task,
                "title",
                "Nhiệm vụ " + task,
                "lead_org_code",
                lead,
                "assigned_at",
                QUARTER.start()
                        .plusDays(5)
                        .atStartOfDay(vn.kyluat.contract.Zone.VIETNAM)
                        .toInstant()
                        .toString());
    }

    /** The fixture's province copied to {@code dir}, with one mart replaced by a hand-made one; its set. */
    private static Path provinceWith(Path dir, Mart mart, List<Map<String, String>> rows) throws IOException {
        Path set = ProvinceFixture.copyTo(dir);
        writeMart(set, mart, rows);
        return set;
    }

    /** A hand-made mart of the quarter: every column empty but those given. */
    private static void writeMart(Path set, Mart mart, List<Map<String, String>> rows) throws IOException {
        StringBuilder csv = new StringBuilder(String.join(",", mart.columns())).append('\n');
        for (Map<String, String> row : rows) {
            csv.append(mart.columns().stream()
                            .map(c -> c.equals(Mart.QUARTER) ? QUARTER.toString() : row.getOrDefault(c, ""))
                            .collect(java.util.stream.Collectors.joining(",")))
                    .append('\n');
        }
        Files.createDirectories(set.resolve("csv"));
        Files.writeString(Path.of(mart.csvPath(set.toString())), csv);
    }

    @Test
    void anUnknownOutcomeIsAMalformedMartNamedWithItsFile(@TempDir Path other) throws IOException {
        Files.createDirectories(other.resolve("csv"));
        List<String> columns = Mart.TASK_QUARTER_FACTS.columns();
        String row = columns.stream()
                .map(c -> switch (c) {
                    case "quarter" -> QUARTER.toString();
                    case "holder_org_code" -> "G001-C01";
                    case "outcome" -> "overdue";
                    default -> "";
                })
                .collect(java.util.stream.Collectors.joining(","));
        Files.writeString(
                Path.of(Mart.TASK_QUARTER_FACTS.csvPath(other.toString())),
                String.join(",", columns) + "\n" + row + "\n");
        assertThatThrownBy(() -> DrillDown.load(other.toString(), QUARTER, Set.of("G001-C01"), w -> {}))
                .isInstanceOf(MartException.class)
                .hasMessageContaining(Mart.TASK_QUARTER_FACTS.csvPath(other.toString()))
                .hasMessageContaining("unknown task outcome 'overdue'");
    }

    private static Path render(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of(
                "report", "--config", workspace.resolve("pipeline.yaml").toString(), "--quarter", QUARTER.toString()));
        args.addAll(List.of(extra));
        assertThat(ReportsMain.commandLine().execute(args.toArray(String[]::new)))
                .isZero();
        return workspace.resolve("out");
    }

    /** How many rows the data file's list holds (one a line, each an array of cells). */
    private static long rowsOf(String data, DrillList list) {
        int start = data.indexOf("\"rows\":", data.indexOf("\"" + list.id() + "\":{\"title\":"));
        int end = data.indexOf("\n]}", start);
        return data.substring(start, end)
                .lines()
                .filter(l -> l.startsWith("[["))
                .count();
    }

    private static long count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        long n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}

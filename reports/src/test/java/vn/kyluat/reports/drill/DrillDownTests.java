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
import vn.kyluat.reports.ReportsMain;
import vn.kyluat.reports.bench.SyntheticMarts;
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
    static final Quarter QUARTER = Quarter.parse("2024Q3");

    @TempDir
    static Path workspace;

    static SyntheticMarts province;
    static Marts marts;
    static ReportContext context;
    static DrillDown drill;

    @BeforeAll
    static void province() throws IOException {
        province = new SyntheticMarts(3, 4, Quarter.parse("2024Q1"), QUARTER, 11L);
        Path set = province.writeTo(workspace.resolve("marts"));
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
        assertThat(marts.subtreeRows(QUARTER)).hasSize(1 + 3 + 3 * 4);
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
        assertThat(drill.rows(DrillList.WITHOUT_LEAD))
                .extracting(r -> r.get("assigned_by_org_code"))
                .containsExactlyInAnyOrder(
                        SyntheticMarts.organisationCode(1),
                        SyntheticMarts.organisationCode(2),
                        SyntheticMarts.organisationCode(3));
    }

    @Test
    void theDataFileListsEveryOverdueTaskOfTheBloc() throws IOException {
        Path out = render();
        String data =
                Files.readString(out.resolve(QUARTER.toString()).resolve("dashboard/data.js"), StandardCharsets.UTF_8);
        long blocBacklog =
                marts.subtreeRow(SyntheticMarts.BLOC, QUARTER).orElseThrow().count(Metric.BACKLOG_OVERDUE);
        assertThat(count(data, "\\[\\[\"O-")).isEqualTo(blocBacklog);
        assertThat(Files.readString(out.resolve(QUARTER.toString()).resolve("index.html")))
                .contains(DashboardFiles.TAGS);
    }

    @Test
    void aScopedDataFileHoldsItsSubtreeOnlyAndNoPerson() throws IOException {
        Path out = render("--org", SyntheticMarts.organisationCode(2));
        String data =
                Files.readString(out.resolve(QUARTER + "-G002").resolve("dashboard/data.js"), StandardCharsets.UTF_8);
        assertThat(data)
                .contains(
                        "\"code\":\"G002\"",
                        "\"code\":\"" + SyntheticMarts.cellCode(2, 4) + "\"",
                        "O-" + SyntheticMarts.cellCode(2, 1),
                        "N-G002-" + QUARTER);
        assertThat(data).doesNotContain("G001", "G003", "\"" + SyntheticMarts.BLOC + "\"", "head_person_code");
        long units = count(data, "\\{\"code\":\"");
        assertThat(units).isEqualTo(1 + 4);
        long g002Backlog = marts.subtreeRow("G002", QUARTER).orElseThrow().count(Metric.BACKLOG_OVERDUE);
        assertThat(count(data, "\\[\\[\"O-")).isEqualTo(g002Backlog);
        for (SyntheticMarts.Person person : province.registry()) {
            assertThat(data).doesNotContain(person.personCode(), person.fullName());
        }
    }

    @Test
    void printShowsAUnitsWorstNTasksAndSaysHowManyMore(@TempDir Path other) throws IOException {
        String cell = SyntheticMarts.cellCode(1, 1);
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
    void aUnitThatAbsorbedADissolvedOneInTheQuarterHasItsFootnote() {
        assertThat(drill.absorbedBy(SyntheticMarts.absorbingCell()))
                .extracting(r -> r.get("org_code"))
                .containsExactly(SyntheticMarts.organisationCode(1) + "-C00");
        assertThat(new DrillTables(context, drill).absorptions(SyntheticMarts.organisationCode(1)))
                .containsExactly(
                        "Ghi chú: G001-C02 đã tiếp nhận G001-C00 – Chi bộ Phòng Lưu trữ (giải thể, hiệu lực đến 10/08/2024); "
                                + "số liệu của đơn vị này trong quý được tính vào G001-C02.");
        assertThat(new DrillTables(context, drill).absorptions(SyntheticMarts.organisationCode(2)))
                .isEmpty();
    }

    @Test
    void aTaskStillHeldByADissolvedUnitIsListedUnderTheUnitWhoseBacklogCountsIt(@TempDir Path other)
            throws IOException {
        String absorber = SyntheticMarts.absorbingCell();
        String dissolved = SyntheticMarts.organisationCode(1) + "-C00";
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
        DrillDown handMade = DrillDown.load(
                other.toString(), QUARTER, context.tree().subtree(SyntheticMarts.organisationCode(1)), w -> {});

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
        String absorber = SyntheticMarts.absorbingCell();
        String dissolvedEarlier = SyntheticMarts.organisationCode(1) + "-C09";
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
                                "2024-05-31",
                                "successor_code",
                                absorber,
                                "counted_under_code",
                                absorber)));
        DrillDown handMade = DrillDown.load(
                other.toString(), QUARTER, context.tree().subtree(SyntheticMarts.organisationCode(1)), w -> {});

        assertThat(handMade.of(DrillList.OVERDUE, Set.of(absorber)))
                .extracting(r -> r.get("task_code"))
                .containsExactly("T-old");
        assertThat(handMade.absorbedBy(absorber))
                .as("dissolved in 2024Q2: %s did not absorb it in %s", absorber, QUARTER)
                .isEmpty();
    }

    @Test
    void aTaskAtRiskStillHeldByADissolvedUnitIsInItsSuccessorsSection(@TempDir Path other) throws IOException {
        String absorber = SyntheticMarts.absorbingCell();
        Path set = province.writeTo(other.resolve("marts"));
        writeMart(
                set,
                Mart.AT_RISK_TASKS,
                List.of(
                        Map.of("holder_org_code", absorber, "task_code", "T-own", "days_left", "9"),
                        Map.of(
                                "holder_org_code",
                                SyntheticMarts.organisationCode(1) + "-C00",
                                "task_code",
                                "T-inherited",
                                "days_left",
                                "3")));
        Marts withAtRisk = Marts.fromSet(set.toString(), w -> {});
        ReportContext atRiskContext = ReportContext.of(withAtRisk, QUARTER, null, ReportSettings.DEFAULTS);

        DrillDown absorptions = DrillDown.forReport(set.toString(), atRiskContext, w -> {});

        TableModel section = new ReportTables(atRiskContext, absorptions.countedUnder()).atRisk(absorber);

        assertThat(section.rows()).extracting(r -> r.get(1)).containsExactly("T-inherited", "T-own");
    }

    @Test
    void aUnitsScopedReportKeepsTheTasksAtRiskItsAbsorbedCellStillHolds(@TempDir Path other) throws IOException {
        String absorber = SyntheticMarts.absorbingCell();
        String organisation = SyntheticMarts.organisationCode(1);
        Path set = provinceWith(
                other,
                Mart.AT_RISK_TASKS,
                List.of(
                        Map.of("holder_org_code", absorber, "task_code", "T-own", "days_left", "9"),
                        Map.of("holder_org_code", organisation + "-C00", "task_code", "T-inherited", "days_left", "3"),
                        Map.of(
                                "holder_org_code",
                                SyntheticMarts.cellCode(2, 1),
                                "task_code",
                                "T-outside",
                                "days_left",
                                "1")));
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
        String absorber = SyntheticMarts.absorbingCell();
        String organisation = SyntheticMarts.organisationCode(1);
        Path set = provinceWith(
                other,
                Mart.OVERLAPPING_ASSIGNMENTS,
                List.of(
                        overlap("T-absorbed", organisation + "-C00"),
                        overlap("T-other", SyntheticMarts.cellCode(2, 1))));
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

    /** The generated province written to {@code dir}, with one mart replaced by a hand-made one; its set. */
    private static Path provinceWith(Path dir, Mart mart, List<Map<String, String>> rows) throws IOException {
        Path set = province.writeTo(dir.resolve("marts"));
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

    private static long count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        long n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}

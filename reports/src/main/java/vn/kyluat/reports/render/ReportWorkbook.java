package vn.kyluat.reports.render;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.kyluat.contract.LakeLayout;
import vn.kyluat.contract.Mart;
import vn.kyluat.contract.Metric;
import vn.kyluat.contract.RejectRedaction;
import vn.kyluat.contract.RejectRule;
import vn.kyluat.reports.drill.DrillCells;
import vn.kyluat.reports.drill.DrillColumn;
import vn.kyluat.reports.drill.DrillDown;
import vn.kyluat.reports.drill.DrillList;
import vn.kyluat.reports.marts.MartRow;
import vn.kyluat.reports.marts.MartTimes;
import vn.kyluat.reports.marts.OrgQuarter;
import vn.kyluat.reports.model.BoardSummary;
import vn.kyluat.reports.model.ReportContext;
import vn.kyluat.reports.model.ReportTables;
import vn.kyluat.reports.persons.UnitPersons;

/**
 * report.xlsx, for follow-up work: the board summary first, then the figures of every computed
 * quarter and every list of the report in full, the drill-down lists of the quarter included;
 * codes of the marts in the report's language.
 */
public final class ReportWorkbook {
    private final ReportContext context;
    private final DrillDown drill;
    private final UnitPersons persons;

    /** @param persons the persons of a unit's own report; {@link UnitPersons#NONE} for the board's */
    public ReportWorkbook(ReportContext context, DrillDown drill, UnitPersons persons) {
        this.context = context;
        this.drill = drill;
        this.persons = persons;
    }

    public void write(Path file) throws IOException {
        String quarter = context.quarter().toString();
        try (XlsxReport xlsx = new XlsxReport(file)) {
            xlsx.summarySheet(
                    context.m("summary.sheet"),
                    BoardSummary.of(context).sentences(),
                    new ReportTables(context, drill.countedUnder()).keyFigures(context.root()));
            xlsx.sheet(
                    context.m("sheet.metrics"),
                    metricColumns(),
                    context.marts().metrics().stream()
                            .sorted(Comparator.comparing(OrgQuarter::quarter)
                                    .reversed()
                                    .thenComparing(OrgQuarter::orgCode)
                                    .thenComparing(OrgQuarter::scope))
                            .toList());
            xlsx.sheet(
                    context.m("sheet.rankings"),
                    rankingColumns(),
                    context.marts().subtreeRows(context.quarter()).stream()
                            .filter(r -> r.value(Metric.PEER_RANK) != null)
                            .sorted(Comparator.comparing((OrgQuarter r) -> String.valueOf(r.value(Metric.PEER_GROUP)))
                                    .thenComparing(r -> ((Number) r.value(Metric.PEER_RANK)).intValue())
                                    .thenComparing(OrgQuarter::orgCode))
                            .toList());
            xlsx.sheet(
                    context.m("sheet.watch"),
                    rankingColumns(),
                    context.marts().subtreeRows(context.quarter()).stream()
                            .filter(OrgQuarter::watch)
                            .sorted(Comparator.comparing(OrgQuarter::orgCode))
                            .toList());
            xlsx.sheet(
                    context.m("sheet.atRisk"),
                    atRiskColumns(),
                    ofQuarter(context.marts().atRisk(), quarter));
            xlsx.sheet(
                    context.m("sheet.overlaps"),
                    overlapColumns(),
                    ofQuarter(context.marts().overlaps(), quarter));
            DrillCells cells = new DrillCells(context);
            for (DrillList list : drill.available()) {
                xlsx.sheet(context.m("sheet.drill." + list.id()), drillColumns(cells, list), drill.rows(list));
            }
            xlsx.sheet(
                    context.m("sheet.dq"), dataQualityColumns(), context.marts().dataQuality());
            if (!context.subtreeOnly()) {
                xlsx.sheet(
                        context.m("sheet.rejects"),
                        rejectColumns(),
                        context.marts().rejects());
            }
            new PersonSheets(context, persons).write(xlsx);
        }
    }

    private static List<MartRow> ofQuarter(List<MartRow> rows, String quarter) {
        return rows.stream().filter(r -> quarter.equals(r.get(Mart.QUARTER))).toList();
    }

    private List<SheetColumn<OrgQuarter>> metricColumns() {
        List<SheetColumn<OrgQuarter>> columns = new ArrayList<>(List.of(
                SheetColumn.text(context.m("col.quarter"), 9, r -> r.quarter().toString()),
                SheetColumn.text(context.m("col.code"), 12, OrgQuarter::orgCode),
                SheetColumn.text(context.m("col.scope"), 12, r -> context.m("scope." + r.scope())),
                SheetColumn.text(context.m("col.name"), 36, OrgQuarter::orgName),
                SheetColumn.text(
                        context.m("col.kind"),
                        15,
                        r -> context.term("kind", r.orgKind().code())),
                SheetColumn.text(context.m("col.parent"), 12, OrgQuarter::parentCode)));
        for (Metric metric : Metric.values()) {
            columns.add(metricColumn(metric));
        }
        return columns;
    }

    private List<SheetColumn<OrgQuarter>> rankingColumns() {
        List<SheetColumn<OrgQuarter>> columns = new ArrayList<>(List.of(
                SheetColumn.text(context.m("col.code"), 12, OrgQuarter::orgCode),
                SheetColumn.text(context.m("col.name"), 36, OrgQuarter::orgName),
                SheetColumn.text(
                        context.m("col.kind"),
                        15,
                        r -> context.term("kind", r.orgKind().code()))));
        for (Metric metric : List.of(
                Metric.PEER_GROUP,
                Metric.PEER_RANK,
                Metric.PEER_COUNT,
                Metric.RESPONSIBILITY_INDEX,
                Metric.TASKS_DUE,
                Metric.ON_TIME_RATE,
                Metric.PEER_POOLED_ON_TIME_RATE,
                Metric.SHRUNK_ON_TIME_RATE,
                Metric.ON_TIME_CI_LOW,
                Metric.ON_TIME_CI_HIGH,
                Metric.FUNNEL_FLAG,
                Metric.QOQ_ON_TIME_CHANGE,
                Metric.BACKLOG_OVER_180,
                Metric.WATCH,
                Metric.WATCH_REASONS)) {
            columns.add(metricColumn(metric));
        }
        return columns;
    }

    /**
     * A metric's column: changes of a share in percentage points, flags as yes/no, the funnel's verdict
     * and the watch reasons in words.
     */
    private SheetColumn<OrgQuarter> metricColumn(Metric metric) {
        String label = metric.label(context.lang());
        return switch (metric) {
            case QOQ_ON_TIME_CHANGE ->
                SheetColumn.of(
                        label + " (" + context.m("unit.points") + ")",
                        SheetColumn.Type.POINTS,
                        r -> r.number(metric) == null ? null : r.number(metric) * 100);
            case WATCH ->
                SheetColumn.text(
                        label,
                        10,
                        r -> r.value(metric) == null
                                ? null
                                : r.watch()
                                        ? context.formats().yes()
                                        : context.formats().no());
            case FUNNEL_FLAG -> SheetColumn.text(label, 14, r -> context.term("flag", (String) r.value(metric)));
            case PEER_GROUP -> SheetColumn.text(label, 24, r -> peerGroup((String) r.value(metric)));
            case WATCH_REASONS -> SheetColumn.text(label, 48, r -> context.watchReasons((String) r.value(metric)));
            default -> SheetColumn.of(label, SheetColumn.Type.of(metric.kind()), r -> r.value(metric));
        };
    }

    /** The mart's {@code parent/kind} ({@code G001/party_cell}) as "chi bộ · G001". */
    private String peerGroup(String group) {
        if (group == null || !group.contains("/")) {
            return group;
        }
        int slash = group.lastIndexOf('/');
        String parent = group.substring(0, slash);
        return context.term("kind", group.substring(slash + 1)) + (parent.isEmpty() ? "" : " · " + parent);
    }

    private List<SheetColumn<MartRow>> atRiskColumns() {
        return List.of(
                SheetColumn.text(context.m("col.holder"), 12, r -> r.get(Mart.HOLDER_ORG_CODE)),
                SheetColumn.text(context.m("col.name"), 32, r -> r.get(Mart.HOLDER_ORG_NAME)),
                SheetColumn.text(context.m("col.source"), 12, r -> r.get(Mart.SOURCE_ID)),
                SheetColumn.text(context.m("col.task"), 14, r -> r.get(Mart.TASK_CODE)),
                SheetColumn.text(context.m("col.title"), 48, r -> r.get(Mart.TITLE)),
                SheetColumn.text(context.m("col.priority"), 10, r -> context.term("priority", r.get(Mart.PRIORITY))),
                SheetColumn.of(context.m("col.due"), SheetColumn.Type.DATE, r -> date(r.get(Mart.EFF_DUE_DATE))),
                SheetColumn.of(
                        context.m("col.daysLeft"), SheetColumn.Type.INTEGER, r -> number(r.get(Mart.DAYS_LEFT))));
    }

    private List<SheetColumn<MartRow>> overlapColumns() {
        return List.of(
                SheetColumn.text(context.m("col.originRef"), 22, r -> r.get(Mart.ORIGIN_REF)),
                SheetColumn.of(
                        context.m("col.leadUnits"), SheetColumn.Type.INTEGER, r -> number(r.get(Mart.LEAD_UNIT_COUNT))),
                SheetColumn.text(context.m("col.source"), 12, r -> r.get(Mart.SOURCE_ID)),
                SheetColumn.text(context.m("col.task"), 14, r -> r.get(Mart.TASK_CODE)),
                SheetColumn.text(context.m("col.title"), 48, r -> r.get(Mart.TITLE)),
                SheetColumn.text(context.m("col.leadUnit"), 12, r -> r.get(Mart.LEAD_ORG_CODE)),
                SheetColumn.text(context.m("col.name"), 32, r -> r.get(Mart.LEAD_ORG_NAME)),
                SheetColumn.of(
                        context.m("col.assignedAt"),
                        SheetColumn.Type.DATE_TIME,
                        r -> instant(r.get(Mart.ASSIGNED_AT))));
    }

    /** A drill-down list's columns, typed: dates as dates, counts as numbers, codes translated. */
    private static List<SheetColumn<MartRow>> drillColumns(DrillCells cells, DrillList list) {
        return list.columns().stream()
                .map(c -> new SheetColumn<MartRow>(
                        cells.header(c), sheetType(c.kind()), Math.round(c.width() * 10), row -> cells.value(c, row)))
                .toList();
    }

    private static SheetColumn.Type sheetType(DrillColumn.Kind kind) {
        return switch (kind) {
            case DATE, DAY -> SheetColumn.Type.DATE;
            case COUNT -> SheetColumn.Type.INTEGER;
            default -> SheetColumn.Type.TEXT;
        };
    }

    private List<SheetColumn<MartRow>> dataQualityColumns() {
        List<SheetColumn<MartRow>> columns = new ArrayList<>(List.of(
                SheetColumn.text(context.m("col.run"), 24, r -> r.get(Mart.RUN_ID)),
                SheetColumn.of(
                        context.m("col.startedAt"), SheetColumn.Type.DATE_TIME, r -> instant(r.get(Mart.STARTED_AT))),
                SheetColumn.text(context.m("col.runStatus"), 14, r -> context.term("status", r.get(Mart.RUN_STATUS))),
                SheetColumn.text(context.m("col.source"), 14, r -> r.get(Mart.SOURCE_ID)),
                SheetColumn.text(
                        context.m("col.sourceStatus"), 14, r -> context.term("status", r.get(Mart.SOURCE_STATUS))),
                SheetColumn.text(context.m("col.error"), 30, r -> r.get(Mart.ERROR)),
                SheetColumn.text(context.m("col.relation"), 18, r -> context.term("relation", r.get(Mart.RELATION))),
                SheetColumn.text(context.m("col.mode"), 12, r -> context.term("mode", r.get(Mart.MODE))),
                SheetColumn.of(context.m("col.read"), SheetColumn.Type.INTEGER, r -> number(r.get(Mart.READ))),
                SheetColumn.of(context.m("col.accepted"), SheetColumn.Type.INTEGER, r -> number(r.get(Mart.ACCEPTED))),
                SheetColumn.of(
                        context.m("col.rejected"), SheetColumn.Type.INTEGER, r -> number(r.get(Mart.REJECTED)))));
        for (RejectRule rule : RejectRule.values()) {
            String column = Mart.rejectedColumn(rule);
            columns.add(SheetColumn.of(
                    context.m("col.rejectedBy", context.term("rule", rule.code())),
                    SheetColumn.Type.INTEGER,
                    r -> number(r.get(column))));
        }
        return columns;
    }

    /** Personal values (person codes, names) masked: the workbook is a board-level output. */
    private List<SheetColumn<MartRow>> rejectColumns() {
        return List.of(
                SheetColumn.text(context.m("col.run"), 24, r -> r.get(Mart.RUN_ID)),
                SheetColumn.text(context.m("col.source"), 14, r -> r.get(Mart.SOURCE_ID)),
                SheetColumn.text(context.m("col.relation"), 18, r -> context.term("relation", r.get(Mart.RELATION))),
                SheetColumn.text(context.m("col.recordKey"), 16, r -> shown(r).recordKey()),
                SheetColumn.text(context.m("col.rule"), 32, r -> context.term("rule", r.get(LakeLayout.RULE))),
                SheetColumn.text(context.m("col.detail"), 40, r -> shown(r).detail()),
                SheetColumn.text(context.m("col.rawValues"), 60, r -> shown(r).rawValues()),
                SheetColumn.of(
                        context.m("col.rejectedAt"),
                        SheetColumn.Type.DATE_TIME,
                        r -> instant(r.get(LakeLayout.REJECTED_AT))));
    }

    private static RejectRedaction.Shown shown(MartRow reject) {
        return RejectRedaction.of(
                reject.get(LakeLayout.RECORD_KEY), reject.get(LakeLayout.DETAIL), reject.get(LakeLayout.RAW_VALUES));
    }

    private static Long number(String text) {
        return text == null ? null : Long.parseLong(text);
    }

    private static LocalDate date(String text) {
        return MartTimes.date(text);
    }

    private static Instant instant(String text) {
        return MartTimes.instant(text);
    }
}

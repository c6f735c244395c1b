package vn.kyluat.reports.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.kyluat.contract.Mart;
import vn.kyluat.contract.Metric;
import vn.kyluat.contract.MetricKind;
import vn.kyluat.contract.RejectRule;
import vn.kyluat.contract.Zone;
import vn.kyluat.reports.datasets.Ranking;
import vn.kyluat.reports.drill.DrillDown;
import vn.kyluat.reports.marts.MartRow;
import vn.kyluat.reports.marts.MartTimes;
import vn.kyluat.reports.marts.OrgQuarter;
import vn.kyluat.reports.text.Formats;

/** The tables of the PDF and the HTML page, formatted in the report's language. */
public final class ReportTables {
    /** Longest list a printed table shows; the Excel file has them all. */
    public static final int LIST_LIMIT = 40;

    private final ReportContext context;
    private final Formats f;
    private final Map<String, List<MartRow>> atRiskByHolder;
    private final Map<String, List<MartRow>> overlapsByLead;

    /**
     * @param countedUnder each unit absorbed in the quarter → its successor ({@link DrillDown#countedUnder()}):
     *     a task still held by an absorbed unit is at risk in its successor's section, as it counts in its figures,
     *     and a task an absorbed unit led overlaps in its successor's section, as every drill-down list maps its rows
     */
    public ReportTables(ReportContext context, Map<String, String> countedUnder) {
        this.context = context;
        this.f = context.formats();
        this.atRiskByHolder = byUnit(context.marts().atRisk(), Mart.HOLDER_ORG_CODE, countedUnder);
        this.overlapsByLead = byUnit(context.marts().overlaps(), Mart.LEAD_ORG_CODE, countedUnder);
    }

    /** The report quarter's rows of a list, by the unit they count under: each section takes its subtree's from here. */
    private Map<String, List<MartRow>> byUnit(List<MartRow> rows, String unitColumn, Map<String, String> countedUnder) {
        String quarter = context.quarter().toString();
        return rows.stream()
                .filter(r -> quarter.equals(r.get(Mart.QUARTER)) && r.get(unitColumn) != null)
                .collect(Collectors.groupingBy(r -> countedUnder.getOrDefault(r.get(unitColumn), r.get(unitColumn))));
    }

    private List<MartRow> inSubtree(Map<String, List<MartRow>> byUnit, String orgCode) {
        return context.tree().subtree(orgCode).stream()
                .flatMap(code -> byUnit.getOrDefault(code, List.of()).stream())
                .toList();
    }

    /**
     * The organisation's key figures this quarter against last quarter and the target, each value
     * and change marked good or bad by the figure's direction.
     */
    public TableModel keyFigures(OrgQuarter current) {
        List<List<String>> rows = new ArrayList<>();
        List<List<Tone>> tones = new ArrayList<>();
        for (KeyFigure k : BoardSummary.keyFigures(context, current)) {
            String change = k.change() == null ? Formats.NONE : change(k.kind(), k.change());
            String target = k.target() == null
                    ? ""
                    : BoardSummary.target(context, k) + " ("
                            + context.m(k.targetTone() == Tone.GOOD ? "key.met" : "key.notMet") + ")";
            rows.add(List.of(
                    k.label(),
                    BoardSummary.formatted(f, k.kind(), k.current()),
                    BoardSummary.formatted(f, k.kind(), k.previous()),
                    change,
                    target));
            tones.add(List.of(Tone.NONE, k.currentTone(), Tone.NONE, k.changeTone(), k.targetTone()));
        }
        return new TableModel(
                context.m("key.title"),
                context.m("key.note"),
                List.of(
                        context.m("key.indicator"),
                        context.m("key.this", f.quarter(context.quarter())),
                        context.m("key.previous", f.quarter(context.previous())),
                        context.m("key.change"),
                        context.m("key.target")),
                rows,
                Set.of(1, 2, 3),
                new float[] {4.2f, 1.6f, 1.6f, 1.6f, 2.2f},
                tones);
    }

    /** The party cells under {@code orgCode}: the best and worst N, best first. */
    public TableModel cellRanking(String orgCode) {
        List<OrgQuarter> sorted = Ranking.sorted(context.cellsUnder(orgCode));
        int n = context.settings().worstBest();
        List<OrgQuarter> shown = sorted;
        String note = null;
        if (sorted.size() > 2 * n + 1) {
            shown = new ArrayList<>(sorted.subList(0, n));
            shown.addAll(sorted.subList(sorted.size() - n, sorted.size()));
            note = context.m("section.cellsNote", n, sorted.size() - 2 * n);
        }
        List<List<String>> rows = shown.stream()
                .map(c -> List.of(
                        value(c, Metric.PEER_RANK),
                        c.displayName(),
                        value(c, Metric.TASKS_DUE),
                        value(c, Metric.ON_TIME_RATE),
                        interval(c),
                        value(c, Metric.BOUNCE_RATE),
                        value(c, Metric.RESPONSIBILITY_INDEX),
                        c.watch() ? "●" : ""))
                .toList();
        return new TableModel(
                context.m("section.cells"),
                note,
                List.of(
                        context.m("col.rank"),
                        context.m("col.unit"),
                        label(Metric.TASKS_DUE),
                        label(Metric.ON_TIME_RATE),
                        context.m("col.interval"),
                        label(Metric.BOUNCE_RATE),
                        label(Metric.RESPONSIBILITY_INDEX),
                        label(Metric.WATCH)),
                rows,
                Set.of(0, 2, 3, 4, 5, 6),
                new float[] {0.8f, 4.2f, 1.2f, 1.3f, 2f, 1.3f, 1.3f, 1f});
    }

    /** Units under {@code orgCode} on the watch list, with the reason. */
    public TableModel watchList(String orgCode) {
        Set<String> subtree = context.tree().subtree(orgCode);
        List<List<String>> rows = context.marts().subtreeRows(context.quarter()).stream()
                .filter(r -> r.watch()
                        && subtree.contains(r.orgCode())
                        && !r.orgCode().equals(orgCode))
                .sorted(Comparator.comparing(OrgQuarter::orgCode))
                .map(r -> List.of(
                        r.displayName(),
                        value(r, Metric.ON_TIME_RATE),
                        value(r, Metric.QOQ_ON_TIME_CHANGE),
                        value(r, Metric.BACKLOG_OVER_180),
                        watchReasons(r)))
                .toList();
        return new TableModel(
                context.m("section.watch"),
                context.m("section.watchNote"),
                List.of(
                        context.m("col.unit"),
                        label(Metric.ON_TIME_RATE),
                        label(Metric.QOQ_ON_TIME_CHANGE),
                        label(Metric.BACKLOG_OVER_180),
                        context.m("col.reason")),
                rows,
                Set.of(1, 2, 3),
                new float[] {4f, 1.4f, 2f, 1.6f, 2.6f});
    }

    /** Tasks of the quarter whose assigning document names several lead units, one of them in the subtree. */
    public TableModel overlaps(String orgCode) {
        List<MartRow> matching = inSubtree(overlapsByLead, orgCode).stream()
                .sorted(Comparator.comparing((MartRow r) -> r.get(Mart.ORIGIN_REF))
                        .thenComparing(r -> r.get(Mart.TASK_CODE)))
                .toList();
        return limited(
                context.m("section.overlaps"),
                context.m("section.overlapsNote"),
                List.of(
                        context.m("col.originRef"),
                        context.m("col.leadUnits"),
                        context.m("col.task"),
                        context.m("col.title"),
                        context.m("col.leadUnit"),
                        context.m("col.assignedAt")),
                matching,
                r -> List.of(
                        r.get(Mart.ORIGIN_REF),
                        number(r.get(Mart.LEAD_UNIT_COUNT)),
                        r.get(Mart.TASK_CODE),
                        nullToDash(r.get(Mart.TITLE)),
                        unit(r.get(Mart.LEAD_ORG_CODE), r.get(Mart.LEAD_ORG_NAME)),
                        f.date(localDate(r.get(Mart.ASSIGNED_AT)))),
                Set.of(1),
                new float[] {2f, 1f, 1.4f, 3.6f, 2.6f, 1.4f});
    }

    /** Open tasks held in the subtree and due in the next 14 days, soonest first. */
    public TableModel atRisk(String orgCode) {
        List<MartRow> matching = inSubtree(atRiskByHolder, orgCode).stream()
                .sorted(Comparator.comparingLong((MartRow r) -> r.getLong(Mart.DAYS_LEFT))
                        .thenComparing(r -> r.get(Mart.TASK_CODE)))
                .toList();
        return limited(
                context.m("section.atRisk"),
                null,
                List.of(
                        context.m("col.holder"),
                        context.m("col.task"),
                        context.m("col.title"),
                        context.m("col.priority"),
                        context.m("col.due"),
                        context.m("col.daysLeft")),
                matching,
                r -> List.of(
                        unit(r.get(Mart.HOLDER_ORG_CODE), r.get(Mart.HOLDER_ORG_NAME)),
                        r.get(Mart.TASK_CODE),
                        nullToDash(r.get(Mart.TITLE)),
                        priority(r.get(Mart.PRIORITY)),
                        f.date(date(r.get(Mart.EFF_DUE_DATE))),
                        number(r.get(Mart.DAYS_LEFT))),
                Set.of(5),
                new float[] {2.8f, 1.4f, 4f, 1.1f, 1.3f, 0.9f});
    }

    /** Per source, its latest run: read, accepted, rejected and the most frequent rules. */
    public TableModel dataQuality() {
        Map<String, List<MartRow>> latest =
                DataQuality.latestRunPerSource(context.marts().dataQuality());
        List<List<String>> rows = new ArrayList<>();
        latest.forEach((source, runRows) -> {
            DataQuality.SourceSummary s = DataQuality.summarise(runRows);
            String status = context.term("status", s.status()) + (s.error() == null ? "" : ": " + s.error());
            rows.add(List.of(
                    source,
                    s.runId() + " · " + f.dateTime(s.startedAt()),
                    status,
                    f.integer(s.read()),
                    f.integer(s.accepted()),
                    f.integer(s.rejected()),
                    topRules(s.rejectedByRule())));
        });
        return new TableModel(
                context.m("section.dqSources"),
                context.m("section.dqNote"),
                List.of(
                        context.m("col.source"),
                        context.m("col.run"),
                        context.m("col.status"),
                        context.m("col.read"),
                        context.m("col.accepted"),
                        context.m("col.rejected"),
                        context.m("col.topRules")),
                rows,
                Set.of(3, 4, 5),
                new float[] {1.5f, 2.6f, 1.7f, 1.1f, 1.1f, 1.0f, 3.2f});
    }

    private String topRules(Map<RejectRule, Long> byRule) {
        return byRule.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<RejectRule, Long>comparingByValue().reversed())
                .limit(3)
                .map(e -> context.term("rule", e.getKey().code()) + " (" + f.integer(e.getValue()) + ")")
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
    }

    private TableModel limited(
            String title,
            String note,
            List<String> headers,
            List<MartRow> rows,
            Function<MartRow, List<String>> format,
            Set<Integer> numeric,
            float[] widths) {
        List<List<String>> shown = rows.stream().limit(LIST_LIMIT).map(format).toList();
        String limitNote =
                rows.size() > LIST_LIMIT ? context.m("section.listLimit", LIST_LIMIT, f.integer(rows.size())) : null;
        String fullNote = note == null ? limitNote : limitNote == null ? note : note + " " + limitNote;
        return new TableModel(title, fullNote, headers, shown, numeric, widths);
    }

    private String change(MetricKind kind, double delta) {
        return switch (kind) {
            case RATE, RATE_CHANGE -> f.points(delta);
            case COUNT, RANK -> signed(f.integer(Math.round(delta)));
            default -> signed(f.decimal(delta, 1));
        };
    }

    /** A plus before a rise; a fall already carries its minus, and zero stays unsigned. */
    private static String signed(String formatted) {
        return formatted.startsWith("−") || formatted.matches("[0.,]+") ? formatted : "+" + formatted;
    }

    private String watchReasons(OrgQuarter r) {
        String reasons = context.watchReasons((String) r.value(Metric.WATCH_REASONS));
        return reasons == null ? "" : reasons;
    }

    private String interval(OrgQuarter c) {
        Double low = c.number(Metric.ON_TIME_CI_LOW);
        Double high = c.number(Metric.ON_TIME_CI_HIGH);
        return low == null || high == null ? Formats.NONE : f.percent(low) + " – " + f.percent(high);
    }

    private String value(OrgQuarter row, Metric metric) {
        return f.value(metric.kind(), row.value(metric));
    }

    private String label(Metric metric) {
        return metric.label(context.lang());
    }

    private String number(String text) {
        return text == null ? Formats.NONE : f.integer(Long.parseLong(text));
    }

    private String priority(String code) {
        return code == null ? Formats.NONE : context.m("priority." + ("urgent".equals(code) ? "urgent" : "normal"));
    }

    private static String unit(String code, String name) {
        return code == null ? Formats.NONE : name == null ? code : code + " – " + name;
    }

    private static String nullToDash(String text) {
        return text == null ? Formats.NONE : text;
    }

    static LocalDate date(String text) {
        return MartTimes.date(text);
    }

    static LocalDate localDate(String instant) {
        return instant == null ? null : Zone.localDate(MartTimes.instant(instant));
    }
}

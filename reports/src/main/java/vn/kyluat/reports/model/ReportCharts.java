package vn.kyluat.reports.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jfree.data.category.DefaultCategoryDataset;
import vn.kyluat.contract.Metric;
import vn.kyluat.contract.Quarter;
import vn.kyluat.reports.charts.ChartDatasets;
import vn.kyluat.reports.charts.ChartTheme;
import vn.kyluat.reports.charts.Charts;
import vn.kyluat.reports.charts.ReportChart;
import vn.kyluat.reports.charts.ReportFonts;
import vn.kyluat.reports.datasets.Funnel;
import vn.kyluat.reports.datasets.HeatMap;
import vn.kyluat.reports.datasets.RankItem;
import vn.kyluat.reports.datasets.Ranking;
import vn.kyluat.reports.datasets.TrendLine;
import vn.kyluat.reports.marts.OrgQuarter;
import vn.kyluat.reports.text.Formats;

/** The charts of one report: the board's trends and comparisons, and one ranking per organisation. */
public final class ReportCharts {
    private static final int STANDARD_HEIGHT = 600;

    private final ReportContext context;
    private final Charts charts;
    private final Formats f;

    public ReportCharts(ReportContext context) {
        this.context = context;
        this.f = context.formats();
        this.charts = new Charts(new ChartTheme(ReportFonts.get()), f);
    }

    /** The board-level charts of the report's root, in the order the report shows them. */
    public List<ReportChart> board() {
        List<ReportChart> board = new ArrayList<>();
        Double target = context.settings().onTimeTarget();
        Set<Quarter> backlogIncomplete = context.backlogHistoryIncomplete();
        board.add(trend(
                "trend_on_time", "chart.trendOnTime", r -> r.number(Metric.ON_TIME_RATE), true, target, Set.of()));
        board.add(trend(
                "trend_backlog_over_90",
                "chart.trendBacklog",
                r -> (double) r.backlogOver90(),
                false,
                null,
                backlogIncomplete));
        board.add(trend(
                "trend_bounce_rate", "chart.trendBounce", r -> r.number(Metric.BOUNCE_RATE), true, null, Set.of()));
        board.add(trend(
                "trend_escalation_avoidance",
                "chart.trendEscalation",
                r -> r.number(Metric.ESCALATION_AVOIDANCE_RATE),
                true,
                null,
                Set.of()));
        board.add(ranking("ranking_cells", context.root()));
        board.add(funnel());
        board.add(heatMap());
        board.add(backlogAgeing());
        board.add(discipline());
        return board;
    }

    /** The ranking of the party cells under one organisation. */
    @SuppressWarnings("ReferenceEquality") // the board's ranking is the one called with the context's root itself
    public ReportChart ranking(String id, OrgQuarter org) {
        List<OrgQuarter> cells = context.cellsUnder(org.orgCode());
        boolean onePeerGroup =
                cells.stream().map(OrgQuarter::parentCode).distinct().count() <= 1;
        List<RankItem> items =
                Ranking.bestAndWorst(cells, context.settings().worstBest(), n -> context.m("chart.rest", f.integer(n)));
        String title = context.m("chart.ranking", org.displayName());
        String note = context.m(
                items.stream().anyMatch(RankItem::isPooled) ? "chart.rankingNotePooled" : "chart.rankingNote");
        String index = Metric.RESPONSIBILITY_INDEX.label(context.lang());
        return new ReportChart(
                id,
                title,
                charts.ranking(
                        title,
                        note,
                        items,
                        ChartDatasets.ranking(items, index, context.m("chart.rankingPooled")),
                        index,
                        onePeerGroup),
                Math.max(STANDARD_HEIGHT, 190 + 30 * items.size()),
                org == context.root());
    }

    private ReportChart trend(
            String id,
            String titleKey,
            Function<OrgQuarter, Double> figure,
            boolean isRate,
            Double target,
            Set<Quarter> incomplete) {
        TrendLine trend = TrendLine.of(context.quarters(), context.rootHistory(), figure, isRate, target, incomplete);
        String actual = context.root().displayName();
        String projection = context.m("chart.projection");
        String targetKey = target == null ? null : context.m("chart.target", f.percent(target));
        DefaultCategoryDataset dataset = ChartDatasets.trend(trend, f::shortQuarter, actual, projection, targetKey);
        String title = context.m(titleKey);
        List<String> notes = new ArrayList<>();
        notes.add(
                trend.projected().isPresent()
                        ? context.m(
                                isRate ? "chart.projectionNote" : "chart.projectionNoteCount",
                                f.quarter(trend.projectedQuarter()))
                        : context.m("chart.noProjection"));
        if (!trend.incomplete().isEmpty()) {
            notes.add(context.m("chart.incompleteNote"));
        }
        var chart = charts.trend(
                title,
                String.join("; ", notes),
                dataset,
                projection,
                targetKey,
                isRate,
                trend.incomplete().stream().map(f::shortQuarter).toList());
        Charts.fitCategoryLabels(chart);
        return new ReportChart(id, title, chart, STANDARD_HEIGHT, true);
    }

    private ReportChart funnel() {
        Funnel funnel = Funnel.of(context.cellsUnder(context.root().orgCode()));
        String title = context.m("chart.funnel");
        String note = funnel.sharedPooledRate() == null
                ? context.m("chart.funnelNoteGroups")
                : context.m("chart.funnelNote", f.percent(funnel.sharedPooledRate()));
        return new ReportChart(
                "funnel_cells",
                title,
                charts.funnel(
                        title,
                        note,
                        funnel,
                        ChartDatasets.funnelPoints(
                                funnel,
                                context.m("chart.funnelWithin"),
                                context.m("chart.funnelBelow"),
                                context.m("chart.funnelAbove")),
                        ChartDatasets.funnelBands(funnel, context.m("chart.funnelBand")),
                        ChartDatasets.funnelLimits(
                                funnel,
                                context.m("chart.funnelPooled"),
                                context.m("chart.funnel2"),
                                context.m("chart.funnel3")),
                        Metric.TASKS_DUE.label(context.lang()),
                        Metric.ON_TIME_RATE.label(context.lang())),
                STANDARD_HEIGHT,
                true);
    }

    private ReportChart heatMap() {
        List<OrgQuarter> units = context.heatMapUnits();
        List<Quarter> quarters = context.quarters();
        Set<String> codes =
                new HashSet<>(units.stream().map(OrgQuarter::orgCode).toList());
        List<OrgQuarter> history = context.marts().metrics().stream()
                .filter(r -> r.isSubtree() && codes.contains(r.orgCode()))
                .toList();
        HeatMap map = HeatMap.of(
                units,
                history,
                quarters,
                r -> r.number(Metric.RESPONSIBILITY_INDEX),
                context.settings().worstBest(),
                n -> context.m("chart.rest", f.integer(n)));
        String title = context.m("chart.heatMap");
        double low = bound(map, true);
        double high = bound(map, false);
        String index = Metric.RESPONSIBILITY_INDEX.label(context.lang());
        return new ReportChart(
                "heatmap_index",
                title,
                charts.heatMap(
                        title,
                        context.m("chart.heatMapNote"),
                        map,
                        ChartDatasets.heatMap(map, index),
                        f::shortQuarter,
                        low,
                        high,
                        index),
                Math.max(STANDARD_HEIGHT, 230 + 30 * map.rows().size()),
                true);
    }

    /** The colour scale's ends: the lowest and highest values, so the colours spread over what differs. */
    private static double bound(HeatMap map, boolean lower) {
        double bound = lower ? 100 : 0;
        for (Double[] row : map.values()) {
            for (Double v : row) {
                bound = v == null ? bound : lower ? Math.min(bound, v) : Math.max(bound, v);
            }
        }
        return lower ? Math.floor(Math.min(bound, 99)) : Math.ceil(Math.max(bound, 1));
    }

    private ReportChart backlogAgeing() {
        String title = context.m("chart.backlog");
        var chart = charts.backlogAgeing(
                title,
                context.m("chart.backlogNote") + "; " + context.m("chart.incompleteNote"),
                ChartDatasets.backlogAgeing(
                        context.quarters(), context.rootHistory(), f::shortQuarter, m -> m.label(context.lang())),
                context.m("chart.tasks"));
        charts.markIncomplete(
                chart.getCategoryPlot(),
                context.quarters().stream()
                        .filter(context.backlogHistoryIncomplete()::contains)
                        .map(f::shortQuarter)
                        .toList());
        return new ReportChart("backlog_ageing", title, chart, STANDARD_HEIGHT, true);
    }

    private ReportChart discipline() {
        String title = context.m("chart.disciplineByKind");
        return new ReportChart(
                "discipline_by_kind",
                title,
                charts.disciplineByKind(
                        title,
                        context.m("chart.disciplineByKindNote", context.root().displayName()),
                        ChartDatasets.disciplineByKind(
                                context.quarters(),
                                context.marts().disciplineByKind(),
                                context.root().orgCode(),
                                f::shortQuarter,
                                kind -> context.m("discipline." + kind)),
                        Metric.DISCIPLINE_ACTIONS.label(context.lang())),
                STANDARD_HEIGHT,
                true);
    }
}

package vn.kyluat.reports.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.kyluat.contract.Mart;
import vn.kyluat.reports.charts.ReportChart;
import vn.kyluat.reports.drill.DrillDown;
import vn.kyluat.reports.drill.DrillTables;
import vn.kyluat.reports.marts.OrgQuarter;

/**
 * The report's content in reading order, in two parts. The board report: the summary (page 1),
 * the trends, the rankings, the funnel and the heat map, and the watch list with its reasons. The
 * appendix: a section per grassroots organisation (its figures, its cells ranked, watch list,
 * overlapping assignments, tasks about to go late, the drill-down lists), then data quality. The
 * watch list is followed by the tasks behind each unit's reasons.
 */
public final class ReportOutline {
    private final ReportContext context;
    private final ReportTables tables;
    private final ReportCharts charts;
    private final DrillTables drillTables;

    public ReportOutline(ReportContext context, DrillDown drill) {
        this.context = context;
        this.tables = new ReportTables(context, drill.countedUnder());
        this.charts = new ReportCharts(context);
        this.drillTables = new DrillTables(context, drill);
    }

    /** @param generatedAt when the report is made, shown in local time */
    public List<Block> board(Instant generatedAt) {
        List<Block> blocks = new ArrayList<>();
        BoardSummary summary = BoardSummary.of(context);
        blocks.add(new Block.Heading(context.m("report.title"), 1, false));
        blocks.add(new Block.Text(context.m("report.subtitle")));
        if (context.subtreeOnly()) {
            blocks.add(new Block.Text(
                    context.m("report.subtreeOnly", context.root().displayName())));
        }
        blocks.add(new Block.Text(
                context.m("report.generated", context.formats().dateTime(generatedAt), metricsVersion())));
        blocks.add(new Block.Heading(
                context.m(
                        "summary.heading",
                        context.root().displayName(),
                        context.formats().quarter(context.quarter())),
                2,
                false));
        summary.sentences().forEach(sentence -> blocks.add(new Block.Text(sentence)));
        blocks.add(new Block.Table(tables.keyFigures(context.root())));
        drillTables.absorptions(context.root().orgCode()).forEach(note -> blocks.add(new Block.Text(note)));
        List<ReportChart> board = charts.board();
        blocks.add(new Block.Heading(context.m("board.title"), 2, true));
        board.stream()
                .filter(c -> c.id().startsWith("trend_")
                        || c.id().equals("backlog_ageing")
                        || c.id().equals("discipline_by_kind"))
                .forEach(c -> blocks.add(new Block.Chart(c)));
        blocks.add(new Block.Heading(context.m("board.comparison"), 2, true));
        board.stream()
                .filter(c -> c.id().equals("ranking_cells")
                        || c.id().equals("funnel_cells")
                        || c.id().equals("heatmap_index"))
                .forEach(c -> blocks.add(new Block.Chart(c)));
        blocks.add(new Block.Heading(context.m("board.watch"), 2, true));
        blocks.add(new Block.Table(tables.watchList(context.root().orgCode())));
        drillTables.behindWatchReasons(context.root().orgCode()).forEach(t -> blocks.add(new Block.Table(t)));
        return blocks;
    }

    /** The per-organisation sections and data quality. */
    public List<Block> appendix() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(context.m("appendix.title"), 1, false));
        blocks.add(new Block.Text(context.m(
                "appendix.subtitle",
                context.root().displayName(),
                context.formats().quarter(context.quarter()))));
        List<OrgQuarter> sections = context.sections();
        for (int i = 0; i < sections.size(); i++) {
            section(blocks, sections.get(i), i > 0);
        }
        blocks.add(new Block.Heading(context.m("section.dq"), 2, true));
        blocks.add(new Block.Table(tables.dataQuality()));
        return blocks;
    }

    private void section(List<Block> blocks, OrgQuarter org, boolean newPage) {
        blocks.add(new Block.Heading(context.m("section.org", org.displayName()), 2, newPage));
        drillTables.absorptions(org.orgCode()).forEach(note -> blocks.add(new Block.Text(note)));
        blocks.add(new Block.Table(tables.keyFigures(org)));
        blocks.add(new Block.Table(tables.cellRanking(org.orgCode())));
        if (!org.orgCode().equals(context.root().orgCode())) {
            blocks.add(new Block.Chart(charts.ranking("ranking_" + fileSafe(org.orgCode()), org)));
        }
        blocks.add(new Block.Table(tables.watchList(org.orgCode())));
        blocks.add(new Block.Table(tables.overlaps(org.orgCode())));
        blocks.add(new Block.Table(tables.atRisk(org.orgCode())));
        drillTables.forSubtree(org.orgCode()).forEach(t -> blocks.add(new Block.Table(t)));
    }

    /** The metrics_version the marts carry (the contract's, when the rows do not say). */
    private String metricsVersion() {
        return context.marts().metrics().stream()
                .map(OrgQuarter::metricsVersion)
                .filter(v -> v != null)
                .findFirst()
                .orElse(Mart.METRICS_VERSION);
    }

    /** The charts among the blocks, for writing as files. */
    public static List<ReportChart> charts(List<Block> blocks) {
        return blocks.stream()
                .filter(b -> b instanceof Block.Chart)
                .map(b -> ((Block.Chart) b).chart())
                .toList();
    }

    /** How many section headings (level 2) the blocks have: the top lines of the contents. */
    public static int sections(List<Block> blocks) {
        return (int) blocks.stream()
                .filter(b -> b instanceof Block.Heading h && h.level() == 2)
                .count();
    }

    /** How many subsections: every table has its own heading. */
    public static int subsections(List<Block> blocks) {
        return (int) blocks.stream().filter(b -> b instanceof Block.Table).count();
    }

    static String fileSafe(String code) {
        return code.replaceAll("[^A-Za-z0-9_.-]", "_");
    }
}

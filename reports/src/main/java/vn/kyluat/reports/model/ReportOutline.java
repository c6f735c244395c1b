package vn.kyluat.reports.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.kyluat.contract.Mart;
import vn.kyluat.reports.charts.ReportChart;
import vn.kyluat.reports.marts.OrgQuarter;

/**
 * The report's content in reading order: the root's key figures and trends for the board, then a
 * section per grassroots organisation (its figures, its cells ranked, watch list, overlapping
 * assignments, tasks about to go late), then data quality.
 */
public final class ReportOutline {
  private final ReportContext context;
  private final ReportTables tables;
  private final ReportCharts charts;

  public ReportOutline(ReportContext context) {
    this.context = context;
    this.tables = new ReportTables(context);
    this.charts = new ReportCharts(context);
  }

  /** @param generatedAt when the report is made, shown in local time */
  public List<Block> blocks(Instant generatedAt) {
    List<Block> blocks = new ArrayList<>();
    List<ReportChart> board = charts.board();
    blocks.add(new Block.Heading(context.m("report.title"), 1, false));
    blocks.add(new Block.Text(context.m("report.subtitle")));
    blocks.add(new Block.Heading(context.m("report.scope", context.root().displayName(),
        context.formats().quarter(context.quarter())), 2, false));
    if (context.subtreeOnly()) {
      blocks.add(new Block.Text(context.m("report.subtreeOnly", context.root().displayName())));
    }
    blocks.add(new Block.Text(context.m("report.generated", context.formats().dateTime(generatedAt),
        metricsVersion())));
    blocks.add(new Block.Table(tables.keyFigures(context.root())));
    blocks.add(new Block.Chart(board.get(0)));
    blocks.add(new Block.Heading(context.m("board.title"), 2, true));
    board.subList(1, board.size()).forEach(chart -> blocks.add(new Block.Chart(chart)));
    for (OrgQuarter org : context.sections()) {
      section(blocks, org);
    }
    blocks.add(new Block.Heading(context.m("section.dq"), 2, true));
    blocks.add(new Block.Table(tables.dataQuality()));
    return blocks;
  }

  private void section(List<Block> blocks, OrgQuarter org) {
    blocks.add(new Block.Heading(context.m("section.org", org.displayName()), 2, true));
    blocks.add(new Block.Table(tables.keyFigures(org)));
    blocks.add(new Block.Table(tables.cellRanking(org.orgCode())));
    if (!org.orgCode().equals(context.root().orgCode())) {
      blocks.add(new Block.Chart(charts.ranking("ranking_" + fileSafe(org.orgCode()), org)));
    }
    blocks.add(new Block.Table(tables.watchList(org.orgCode())));
    blocks.add(new Block.Table(tables.overlaps(org.orgCode())));
    blocks.add(new Block.Table(tables.atRisk(org.orgCode())));
  }

  /** The metrics_version the marts carry (the contract's, when the rows do not say). */
  private String metricsVersion() {
    return context.marts().metrics().stream().map(OrgQuarter::metricsVersion).filter(v -> v != null)
        .findFirst().orElse(Mart.METRICS_VERSION);
  }

  /** The charts among the blocks, for writing as files. */
  public static List<ReportChart> charts(List<Block> blocks) {
    return blocks.stream().filter(b -> b instanceof Block.Chart).map(b -> ((Block.Chart) b).chart()).toList();
  }

  static String fileSafe(String code) {
    return code.replaceAll("[^A-Za-z0-9_.-]", "_");
  }
}

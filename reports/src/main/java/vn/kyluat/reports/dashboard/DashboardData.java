package vn.kyluat.reports.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.kyluat.contract.Metric;
import vn.kyluat.reports.charts.ReportChart;
import vn.kyluat.reports.marts.MartRow;
import vn.kyluat.reports.marts.MartTimes;
import vn.kyluat.reports.marts.OrgQuarter;
import vn.kyluat.reports.model.ReportContext;
import vn.kyluat.reports.text.Formats;

/**
 * The dashboard's data file, {@code dashboard/data.js}: the units of the report's subtree with
 * their figures (own and subtree rows), the task lists behind them and the charts. Only the
 * columns named here are written: never a person's name or code, so a board-level file cannot
 * carry one. Values are written as shown ({@code "87,5 %"}) with a key to sort by.
 */
final class DashboardData {
  /** The figures of a unit's card; a figure with a list opens the tasks behind it. */
  static final List<Metric> FIGURES = List.of(
      Metric.TASKS_DUE, Metric.DONE_ON_TIME, Metric.DONE_LATE, Metric.OVERDUE_OPEN, Metric.ON_TIME_RATE,
      Metric.BACKLOG_OVERDUE, Metric.BACKLOG_OVER_180, Metric.BOUNCE_RATE, Metric.ESCALATION_AVOIDANCE_RATE,
      Metric.FINDINGS_OPEN_OVERDUE, Metric.RESPONSIBILITY_INDEX, Metric.PEER_RANK);
  static final Map<Metric, String> LIST_OF_FIGURE = Map.of(
      Metric.BACKLOG_OVERDUE, "overdue", Metric.DONE_LATE, "late");

  private static final List<String> TEXT_KEYS = List.of(
      "filter", "sortHint", "rows", "units", "findUnit", "figure", "own", "subtree", "showTasks", "below", "code",
      "name", "kind", "watch", "charts");

  private final ReportContext context;
  private final Formats formats;

  DashboardData(ReportContext context) {
    this.context = context;
    this.formats = context.formats();
  }

  String script(DrillDown drill, List<MartRow> atRisk, List<ReportChart> charts) {
    String root = context.root().orgCode();
    Map<String, OrgQuarter> own = context.marts().metrics().stream()
        .filter(r -> r.quarter().equals(context.quarter()) && !r.isSubtree())
        .collect(Collectors.toMap(OrgQuarter::orgCode, Function.identity(), (a, b) -> a));
    StringJoiner units = new StringJoiner(",\n", "[\n", "\n]");
    for (OrgQuarter unit : context.marts().subtreeRows(context.quarter())) {
      units.add(unit(unit, own.get(unit.orgCode()), root));
    }
    return "window.KYLUAT_DASHBOARD = {\n"
        + "\"lang\":" + Json.string(context.lang()) + ",\n"
        + "\"root\":" + Json.string(root) + ",\n"
        + "\"title\":" + Json.string(context.m("report.title") + " · " + formats.quarter(context.quarter())) + ",\n"
        + "\"text\":" + texts() + ",\n"
        + "\"figures\":" + figures() + ",\n"
        + "\"units\":" + units + ",\n"
        + "\"lists\":{\n"
        + "\"overdue\":" + list("overdue", "holder_org_code", drill.overdue(), List.of(
            "task_code", "title", "holder_org_code", "priority", "due_date", "eff_due_date", "days_overdue", "extensions", "outcome")) + ",\n"
        + "\"late\":" + list("late", "holder_org_code", drill.late(), List.of(
            "task_code", "title", "holder_org_code", "priority", "eff_due_date", "completed_at", "delay_days", "extensions")) + ",\n"
        + "\"withoutLead\":" + list("withoutLead", "assigned_by_org_code", drill.withoutLead(), List.of(
            "task_code", "title", "assigned_by_org_code", "source_id", "assigned_at")) + ",\n"
        + "\"atRisk\":" + list("atRisk", "holder_org_code", atRisk, List.of(
            "task_code", "title", "holder_org_code", "priority", "eff_due_date", "days_left")) + "\n},\n"
        + "\"charts\":" + charts(charts, root) + "\n};\n";
  }

  /** The page's own words, in the report's language. */
  private String texts() {
    StringJoiner texts = new StringJoiner(",", "{", "}");
    for (String key : TEXT_KEYS) {
      texts.add(Json.string(key) + ":" + Json.string(context.m("dashboard." + key)));
    }
    return texts.toString();
  }

  private String unit(OrgQuarter subtree, OrgQuarter own, String root) {
    String parent = subtree.orgCode().equals(root) ? null : subtree.parentCode();
    return "{\"code\":" + Json.string(subtree.orgCode())
        + ",\"name\":" + Json.string(subtree.orgName())
        + ",\"kind\":" + Json.string(subtree.orgKind().code())
        + ",\"kindLabel\":" + Json.string(context.m("kind." + subtree.orgKind().code()))
        + ",\"parent\":" + Json.string(parent)
        + ",\"watch\":" + Json.string(watchReasons(subtree))
        + ",\"subtree\":" + figureValues(subtree)
        + ",\"own\":" + (own == null ? "null" : figureValues(own)) + "}";
  }

  private String watchReasons(OrgQuarter row) {
    String reasons = context.watchReasons((String) row.value(Metric.WATCH_REASONS));
    return reasons == null ? "" : reasons;
  }

  private String figureValues(OrgQuarter row) {
    StringJoiner values = new StringJoiner(",", "{", "}");
    for (Metric metric : FIGURES) {
      Object value = row.value(metric);
      values.add(Json.string(metric.column()) + ":" + Json.cell(formats.value(metric.kind(), value), value));
    }
    return values.toString();
  }

  private String figures() {
    StringJoiner figures = new StringJoiner(",", "[", "]");
    for (Metric metric : FIGURES) {
      figures.add("{\"id\":" + Json.string(metric.column()) + ",\"label\":" + Json.string(metric.label(context.lang()))
          + ",\"list\":" + Json.string(LIST_OF_FIGURE.get(metric)) + "}");
    }
    return figures.toString();
  }

  private String list(String id, String unitColumn, List<MartRow> rows, List<String> columns) {
    StringJoiner headers = new StringJoiner(",", "[", "]");
    columns.forEach(c -> headers.add(Json.string(context.m("dashboard.col." + c))));
    StringJoiner body = new StringJoiner(",\n", "[\n", "\n]");
    for (MartRow row : rows) {
      StringJoiner cells = new StringJoiner(",", "[", "]");
      columns.forEach(c -> cells.add(cell(c, row.get(c))));
      body.add(cells.toString());
    }
    return "{\"title\":" + Json.string(context.m("dashboard.list." + id)) + ",\"unitColumn\":" + columns.indexOf(unitColumn)
        + ",\"columns\":" + headers + ",\"rows\":" + (rows.isEmpty() ? "[]" : body.toString()) + "}";
  }

  /** One value of a list: dates as the report writes them, sorted by their ISO form; counts as numbers. */
  private String cell(String column, String value) {
    if (value == null) {
      return Json.cell(Formats.NONE, null);
    }
    return switch (column) {
      case "due_date", "eff_due_date" -> dateCell(MartTimes.date(value));
      case "completed_at", "assigned_at" -> dateCell(LocalDate.ofInstant(MartTimes.instant(value), vn.kyluat.contract.Zone.VIETNAM));
      case "days_overdue", "delay_days", "extensions", "days_left" -> Json.cell(formats.integer(Long.parseLong(value)), Long.parseLong(value));
      case "priority" -> Json.cell(context.term("priority", value), value);
      case "outcome" -> Json.cell(context.m("dashboard.outcome." + value), value);
      default -> Json.cell(value, value);
    };
  }

  private String dateCell(LocalDate date) {
    return Json.cell(formats.date(date), date.toString());
  }

  /** The charts already rendered, each under the unit it is about (an organisation's ranking) or the root. */
  private String charts(List<ReportChart> charts, String root) {
    StringJoiner out = new StringJoiner(",\n", "[\n", "\n]");
    for (ReportChart chart : charts) {
      String about = chart.id().startsWith("ranking_") && context.tree().find(chart.id().substring(8)).isPresent()
          ? chart.id().substring(8) : root;
      out.add("{\"id\":" + Json.string(chart.id()) + ",\"title\":" + Json.string(chart.title())
          + ",\"unit\":" + Json.string(about) + "}");
    }
    return out.toString();
  }
}

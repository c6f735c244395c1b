package vn.kyluat.reports.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.kyluat.contract.Mart;
import vn.kyluat.contract.Metric;
import vn.kyluat.reports.charts.ReportChart;
import vn.kyluat.reports.drill.DrillCells;
import vn.kyluat.reports.drill.DrillColumn;
import vn.kyluat.reports.drill.DrillDown;
import vn.kyluat.reports.drill.DrillList;
import vn.kyluat.reports.marts.MartRow;
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
            Metric.TASKS_DUE,
            Metric.DONE_ON_TIME,
            Metric.DONE_LATE,
            Metric.OVERDUE_OPEN,
            Metric.ON_TIME_RATE,
            Metric.BACKLOG_OVERDUE,
            Metric.BACKLOG_OVER_180,
            Metric.BOUNCE_RATE,
            Metric.ESCALATION_AVOIDANCE_RATE,
            Metric.FINDINGS_OPEN_OVERDUE,
            Metric.RESPONSIBILITY_INDEX,
            Metric.PEER_RANK);
    /** The next 14 days' deadlines (at_risk_tasks), listed beside the drill-down lists. */
    private static final List<DrillColumn> AT_RISK_COLUMNS = List.of(
            DrillColumn.TASK,
            DrillColumn.TITLE,
            DrillColumn.HOLDER,
            DrillColumn.PRIORITY,
            DrillColumn.EFF_DUE,
            new DrillColumn(Mart.DAYS_LEFT, DrillColumn.Kind.COUNT, 1f));

    private static final List<String> TEXT_KEYS = List.of(
            "filter",
            "sortHint",
            "rows",
            "units",
            "findUnit",
            "figure",
            "own",
            "subtree",
            "showTasks",
            "below",
            "code",
            "name",
            "kind",
            "watch",
            "charts");

    private final ReportContext context;
    private final Formats formats;
    private final DrillCells cells;

    DashboardData(ReportContext context) {
        this.context = context;
        this.formats = context.formats();
        this.cells = new DrillCells(context);
    }

    String script(DrillDown drill, List<MartRow> atRisk, List<ReportChart> charts) {
        String root = context.root().orgCode();
        Map<String, OrgQuarter> own = context.marts().metrics().stream()
                .filter(r -> r.quarter().equals(context.quarter()) && !r.isSubtree())
                .collect(Collectors.toMap(OrgQuarter::orgCode, Function.identity(), (a, b) -> a));
        StringJoiner units = new StringJoiner(",\n", "[\n", "\n]");
        for (OrgQuarter unit : context.marts().subtreeRows(context.quarter())) {
            units.add(unit(unit, own.get(unit.orgCode()), root, drill));
        }
        StringJoiner lists = new StringJoiner(",\n", "{\n", "\n}");
        for (DrillList list : drill.available()) {
            lists.add(Json.string(list.id()) + ":"
                    + list(cells.title(list), list.unit(), drill.rows(list), list.columns()));
        }
        lists.add(
                "\"atRisk\":" + list(context.m("dashboard.list.atRisk"), DrillColumn.HOLDER, atRisk, AT_RISK_COLUMNS));
        return "window.KYLUAT_DASHBOARD = {\n"
                + "\"lang\":" + Json.string(context.lang()) + ",\n"
                + "\"root\":" + Json.string(root) + ",\n"
                + "\"title\":" + Json.string(context.m("report.title") + " · " + formats.quarter(context.quarter()))
                + ",\n"
                + "\"text\":" + texts() + ",\n"
                + "\"figures\":" + figures(drill) + ",\n"
                + "\"units\":" + units + ",\n"
                + "\"lists\":" + lists + ",\n"
                + "\"countedUnder\":" + countedUnder(drill) + ",\n"
                + "\"charts\":" + charts(charts, root) + "\n};\n";
    }

    /** Each unit absorbed in the quarter → its successor: the page lists the absorbed unit's rows under it. */
    private static String countedUnder(DrillDown drill) {
        StringJoiner pairs = new StringJoiner(",", "{", "}");
        drill.countedUnder()
                .forEach((absorbed, successor) -> pairs.add(Json.string(absorbed) + ":" + Json.string(successor)));
        return pairs.toString();
    }

    /** The page's own words, in the report's language. */
    private String texts() {
        StringJoiner texts = new StringJoiner(",", "{", "}");
        for (String key : TEXT_KEYS) {
            texts.add(Json.string(key) + ":" + Json.string(context.m("dashboard." + key)));
        }
        return texts.toString();
    }

    private String unit(OrgQuarter subtree, OrgQuarter own, String root, DrillDown drill) {
        String parent = subtree.orgCode().equals(root) ? null : subtree.parentCode();
        return "{\"code\":" + Json.string(subtree.orgCode())
                + ",\"name\":" + Json.string(subtree.orgName())
                + ",\"kind\":" + Json.string(subtree.orgKind().code())
                + ",\"kindLabel\":"
                + Json.string(context.m("kind." + subtree.orgKind().code()))
                + ",\"parent\":" + Json.string(parent)
                + ",\"watch\":" + Json.string(watchReasons(subtree))
                + ",\"absorbed\":"
                + Json.string(drill.absorbedBy(subtree.orgCode()).stream()
                        .map(cells::absorbed)
                        .collect(Collectors.joining(" ")))
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

    /** The figures of a unit's card, each with the list that opens the tasks behind it (when the set has it). */
    private String figures(DrillDown drill) {
        Map<Metric, String> listOfFigure = drill.available().stream()
                .filter(l -> l.figure() != null)
                .collect(Collectors.toMap(DrillList::figure, DrillList::id));
        StringJoiner figures = new StringJoiner(",", "[", "]");
        for (Metric metric : FIGURES) {
            figures.add("{\"id\":" + Json.string(metric.column()) + ",\"label\":"
                    + Json.string(metric.label(context.lang())) + ",\"list\":" + Json.string(listOfFigure.get(metric))
                    + "}");
        }
        return figures.toString();
    }

    /** A list as the dashboard shows it: every row, each cell as printed with a key to sort by. */
    private String list(String title, DrillColumn unit, List<MartRow> rows, List<DrillColumn> columns) {
        StringJoiner headers = new StringJoiner(",", "[", "]");
        columns.forEach(c -> headers.add(Json.string(cells.header(c))));
        StringJoiner body = new StringJoiner(",\n", "[\n", "\n]");
        for (MartRow row : rows) {
            StringJoiner line = new StringJoiner(",", "[", "]");
            columns.forEach(c -> line.add(cell(c, row)));
            body.add(line.toString());
        }
        return "{\"title\":" + Json.string(title) + ",\"unitColumn\":" + columns.indexOf(unit) + ",\"columns\":"
                + headers + ",\"rows\":" + (rows.isEmpty() ? "[]" : body.toString()) + "}";
    }

    /** One value of a list as printed, sorted by its ISO date or count. */
    private String cell(DrillColumn column, MartRow row) {
        Object value = cells.value(column, row);
        return Json.cell(cells.text(column, row), value instanceof LocalDate date ? date.toString() : value);
    }

    /** The charts already rendered, each under the unit it is about (an organisation's ranking) or the root. */
    private String charts(List<ReportChart> charts, String root) {
        StringJoiner out = new StringJoiner(",\n", "[\n", "\n]");
        for (ReportChart chart : charts) {
            String about = chart.id().startsWith("ranking_")
                            && context.tree().find(chart.id().substring(8)).isPresent()
                    ? chart.id().substring(8)
                    : root;
            out.add("{\"id\":" + Json.string(chart.id()) + ",\"title\":" + Json.string(chart.title()) + ",\"unit\":"
                    + Json.string(about) + "}");
        }
        return out.toString();
    }
}

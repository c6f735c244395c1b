package vn.kyluat.reports.drill;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import vn.kyluat.contract.Metric;
import vn.kyluat.reports.marts.MartRow;
import vn.kyluat.reports.marts.OrgQuarter;
import vn.kyluat.reports.model.ReportContext;
import vn.kyluat.reports.model.TableModel;

/**
 * The drill-down lists as printed: each unit's worst N tasks (config {@code drill_down_rows}) and a
 * line saying how many more it has, so a reader can always tell a unit's whole count; the
 * workbook and the dashboard hold every row.
 */
public final class DrillTables {
    private final ReportContext context;
    private final DrillDown drill;
    private final DrillCells cells;
    private final int rowsPerUnit;
    private final Map<DrillList, Map<String, List<MartRow>>> byUnit = new EnumMap<>(DrillList.class);

    public DrillTables(ReportContext context, DrillDown drill) {
        this.context = context;
        this.drill = drill;
        this.cells = new DrillCells(context);
        this.rowsPerUnit = context.settings().drillDownRows();
        drill.available().forEach(list -> byUnit.put(list, drill.byUnit(list)));
    }

    /** Every available list for the units of {@code orgCode}'s subtree (the organisation first, then by code). */
    public List<TableModel> forSubtree(String orgCode) {
        List<String> units = context.tree().subtree(orgCode).stream().sorted().toList();
        return drill.available().stream().map(list -> perUnit(list, units)).toList();
    }

    /** The footnotes of the units of {@code orgCode}'s subtree that absorbed a dissolved unit in the quarter. */
    public List<String> absorptions(String orgCode) {
        return context.tree().subtree(orgCode).stream()
                .sorted()
                .flatMap(unit -> drill.absorbedBy(unit).stream())
                .map(cells::absorbed)
                .toList();
    }

    /** One list: each unit's worst N rows, then how many more the unit has. */
    TableModel perUnit(DrillList list, List<String> units) {
        List<DrillColumn> columns = list.columns();
        Map<String, List<MartRow>> rowsOf = byUnit.getOrDefault(list, Map.of());
        List<List<String>> rows = new ArrayList<>();
        for (String unit : units) {
            Shortlist<MartRow> shortlist = Shortlist.of(rowsOf.getOrDefault(unit, List.of()), rowsPerUnit);
            shortlist
                    .shown()
                    .forEach(row -> rows.add(
                            columns.stream().map(c -> cells.printed(c, row)).toList()));
            if (shortlist.more() > 0) {
                rows.add(moreRow(columns.size(), columns.indexOf(DrillColumn.TITLE), shortlist, unit));
            }
        }
        return new TableModel(
                cells.title(list),
                context.m("drill.note", rowsPerUnit),
                headers(columns),
                rows,
                numeric(columns),
                widths(columns));
    }

    /**
     * For each unit on the watch list under {@code orgCode}, the tasks behind each of its reasons,
     * worst N per reason and part, and how many more.
     */
    public List<TableModel> behindWatchReasons(String orgCode) {
        Set<String> subtree = context.tree().subtree(orgCode);
        return context.marts().subtreeRows(context.quarter()).stream()
                .filter(r -> r.watch()
                        && subtree.contains(r.orgCode())
                        && !r.orgCode().equals(orgCode))
                .sorted(Comparator.comparing(OrgQuarter::orgCode))
                .map(this::behindReasons)
                .toList();
    }

    /**
     * One table per watched unit: its reasons in the mart's order, those with the same tasks behind
     * them (a low on-time rate, by either reason) together, each part's worst N and how many more.
     */
    private TableModel behindReasons(OrgQuarter unit) {
        Set<String> units = context.tree().subtree(unit.orgCode());
        String codes = (String) unit.value(Metric.WATCH_REASONS);
        Map<List<ReasonTasks.Part>, List<String>> reasonsByParts = new LinkedHashMap<>();
        for (String reason : codes == null ? List.<String>of() : Arrays.asList(codes.split(","))) {
            reasonsByParts
                    .computeIfAbsent(ReasonTasks.of(reason.trim()), parts -> new ArrayList<>())
                    .add(context.term("reason", reason.trim()));
        }
        List<List<String>> rows = new ArrayList<>();
        reasonsByParts.forEach((parts, reasons) -> {
            String label = String.join("; ", reasons);
            int before = rows.size();
            for (ReasonTasks.Part part : parts) {
                if (!drill.available().contains(part.list())) {
                    continue;
                }
                Shortlist<MartRow> shortlist = Shortlist.of(behind(part, units), rowsPerUnit);
                int partStart = rows.size();
                for (MartRow row : shortlist.shown()) {
                    rows.add(List.of(
                            rows.size() == before ? label : "",
                            rows.size() == partStart ? cells.title(part.list()) : "",
                            identity(part.list(), row),
                            description(part.list(), row),
                            part.list().unitOf(row),
                            cells.text(part.list().severity(), row)));
                }
                if (shortlist.more() > 0) {
                    rows.add(moreRow(6, 3, shortlist, unit.orgCode()));
                }
            }
            if (rows.size() == before) {
                rows.add(List.of(label, "", "", context.m("drill.notListed"), "", ""));
            }
        });
        return new TableModel(
                context.m("drill.behind", unit.displayName()),
                context.m("drill.note", rowsPerUnit),
                List.of(
                        context.m("col.reason"),
                        context.m("drill.list"),
                        context.m("col.code"),
                        context.m("drill.about"),
                        context.m("col.unit"),
                        context.m("drill.days")),
                rows,
                Set.of(5),
                new float[] {2f, 1.8f, 2f, 3.2f, 1.3f, 0.9f});
    }

    /** The rows of a part under any of {@code units}, worst first: from the rows by unit, not a pass over the list. */
    private List<MartRow> behind(ReasonTasks.Part part, Set<String> units) {
        Map<String, List<MartRow>> rowsOf = byUnit.get(part.list());
        return units.stream()
                .flatMap(unit -> rowsOf.getOrDefault(unit, List.of()).stream())
                .filter(part.keeps())
                .sorted(part.list().worstFirst())
                .toList();
    }

    /** What names a row: its task's code (a finding's code: the column says "code", not "task code"). */
    private String identity(DrillList list, MartRow row) {
        return cells.text(list.columns().get(0), row);
    }

    /** What a row is about: its task's title; a finding's severity, said as one ("Mức độ: cao"). */
    private String description(DrillList list, MartRow row) {
        return list.columns().contains(DrillColumn.TITLE)
                ? cells.text(DrillColumn.TITLE, row)
                : cells.header(DrillColumn.SEVERITY) + ": " + cells.text(DrillColumn.SEVERITY, row);
    }

    /** "… and 7 more of G001-C01 (12 in all)" in the title's column, the other cells empty. */
    private List<String> moreRow(int width, int textColumn, Shortlist<MartRow> shortlist, String unit) {
        List<String> row = new ArrayList<>(Collections.nCopies(width, ""));
        row.set(
                Math.max(0, textColumn),
                context.m(
                        "drill.more",
                        context.formats().integer(shortlist.more()),
                        unit,
                        context.formats().integer(shortlist.total())));
        return row;
    }

    private List<String> headers(List<DrillColumn> columns) {
        return columns.stream().map(cells::header).toList();
    }

    private static Set<Integer> numeric(List<DrillColumn> columns) {
        return IntStream.range(0, columns.size())
                .filter(i -> columns.get(i).kind() == DrillColumn.Kind.COUNT)
                .boxed()
                .collect(Collectors.toSet());
    }

    private static float[] widths(List<DrillColumn> columns) {
        float[] widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = columns.get(i).width();
        }
        return widths;
    }
}

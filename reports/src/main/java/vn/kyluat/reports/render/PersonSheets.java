package vn.kyluat.reports.render;

import java.util.ArrayList;
import java.util.List;
import vn.kyluat.contract.Mart;
import vn.kyluat.contract.Metric;
import vn.kyluat.reports.marts.MartRow;
import vn.kyluat.reports.marts.MartTimes;
import vn.kyluat.reports.marts.MetricValues;
import vn.kyluat.reports.model.ReportContext;
import vn.kyluat.reports.persons.UnitPersons;
import vn.kyluat.reports.persons.UnitPersons.PersonTasks;
import vn.kyluat.reports.persons.UnitPersons.UnitHead;

/**
 * The persons sheets of a unit's own workbook: every person with overdue or late tasks (worst first,
 * as the PDF lists them) and every task behind their figures. Written only for a unit's report; a
 * person shows as the report's names say (code, or name and code when configured).
 */
final class PersonSheets {
    private static final List<Metric> FIGURES = List.of(
            Metric.TASKS_DUE,
            Metric.DONE_ON_TIME,
            Metric.DONE_LATE,
            Metric.ON_TIME_RATE,
            Metric.OVERDUE_OPEN,
            Metric.BACKLOG_OVERDUE,
            Metric.BACKLOG_OVER_180,
            Metric.DISCIPLINE_ACTIONS);

    private final ReportContext context;
    private final UnitPersons persons;

    PersonSheets(ReportContext context, UnitPersons persons) {
        this.context = context;
        this.persons = persons;
    }

    void write(XlsxReport xlsx) {
        if (!context.subtreeOnly()) {
            return;
        }
        xlsx.sheet(context.m("persons.sheetHeads"), headColumns(), persons.heads());
        xlsx.sheet(context.m("persons.sheet"), personColumns(), persons.persons());
        List<Task> tasks = new ArrayList<>();
        persons.persons().forEach(p -> p.tasks().forEach(t -> tasks.add(new Task(p, t))));
        xlsx.sheet(context.m("persons.sheetTasks"), taskColumns(), tasks);
    }

    private record Task(PersonTasks person, MartRow row) {}

    /** Each unit with its head: the unit's figures (subtree), then the head's own. */
    private List<SheetColumn<UnitHead>> headColumns() {
        List<SheetColumn<UnitHead>> columns = new ArrayList<>(List.of(
                SheetColumn.text(context.m("col.code"), 12, h -> h.unit().orgCode()),
                SheetColumn.text(context.m("col.name"), 36, h -> h.unit().orgName()),
                SheetColumn.text(
                        context.m("persons.col.head"), 30, h -> persons.names().label(h.personCode()))));
        for (Metric metric : List.of(Metric.ON_TIME_RATE, Metric.BACKLOG_OVERDUE, Metric.DONE_LATE)) {
            columns.add(SheetColumn.of(
                    context.m("col.unit") + ": " + metric.label(context.lang()),
                    SheetColumn.Type.of(metric.kind()),
                    h -> h.unit().value(metric)));
        }
        for (Metric metric : FIGURES) {
            columns.add(SheetColumn.of(
                    context.m("persons.col.person") + ": " + metric.label(context.lang()),
                    SheetColumn.Type.of(metric.kind()),
                    h -> h.own() == null
                            ? null
                            : MetricValues.parse(metric, h.own().get(metric.column()))));
        }
        return columns;
    }

    private List<SheetColumn<PersonTasks>> personColumns() {
        List<SheetColumn<PersonTasks>> columns = new ArrayList<>(List.of(
                SheetColumn.text(
                        context.m("persons.col.person"),
                        30,
                        p -> persons.names().label(p.personCode())),
                SheetColumn.text(context.m("col.unit"), 14, p -> p.figures().get(Mart.ORG_CODE)),
                SheetColumn.text(
                        context.m("persons.col.role"),
                        16,
                        p -> context.term("persons.role", p.figures().get(Mart.ROLE)))));
        for (Metric metric : FIGURES) {
            columns.add(SheetColumn.of(
                    metric.label(context.lang()),
                    SheetColumn.Type.of(metric.kind()),
                    p -> MetricValues.parse(metric, p.figures().get(metric.column()))));
        }
        return columns;
    }

    private List<SheetColumn<Task>> taskColumns() {
        return List.of(
                SheetColumn.text(
                        context.m("persons.col.person"),
                        30,
                        t -> persons.names().label(t.person().personCode())),
                SheetColumn.text(context.m("col.task"), 16, t -> t.row().get(Mart.TASK_CODE)),
                SheetColumn.text(context.m("col.title"), 48, t -> t.row().get(Mart.TITLE)),
                SheetColumn.text(
                        context.m("col.holder"),
                        14,
                        t -> context.tree()
                                .find(t.row().get(Mart.HOLDER_ORG_CODE))
                                .map(o -> o.orgCode())
                                .orElse(context.m("persons.outside"))),
                SheetColumn.of(
                        context.m("col.due"),
                        SheetColumn.Type.DATE,
                        t -> MartTimes.date(t.row().get(Mart.EFF_DUE_DATE))),
                SheetColumn.text(
                        context.m("persons.col.outcome"),
                        24,
                        t -> context.term("persons.outcome", t.row().get(Mart.OUTCOME))),
                SheetColumn.of(
                        context.m("persons.col.days"),
                        SheetColumn.Type.INTEGER,
                        t -> t.row().getLong(Mart.DAYS_OVERDUE) + t.row().getLong(Mart.DELAY_DAYS)));
    }
}

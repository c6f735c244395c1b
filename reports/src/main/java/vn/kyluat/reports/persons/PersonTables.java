package vn.kyluat.reports.persons;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.kyluat.contract.Mart;
import vn.kyluat.contract.Metric;
import vn.kyluat.reports.marts.MartRow;
import vn.kyluat.reports.marts.MetricValues;
import vn.kyluat.reports.marts.OrgQuarter;
import vn.kyluat.reports.model.Block;
import vn.kyluat.reports.model.ReportContext;
import vn.kyluat.reports.model.TableModel;
import vn.kyluat.reports.text.Formats;

/**
 * The persons section of a unit's own report, as blocks the PDF and the HTML page render: the heads
 * of its units beside the units' figures, the persons with overdue or late tasks worst first, and
 * the tasks of the worst of them. Persons by code, or by name when the configuration asks for names.
 * A board-level report gets no block at all.
 */
public final class PersonTables {
    /** Persons whose tasks get a table in the PDF; the workbook lists every person's tasks. */
    static final int TASK_TABLES = 15;
    /** Rows of one task table in the PDF. */
    static final int TASK_ROWS = 20;

    private final ReportContext context;
    private final UnitPersons persons;
    private final Formats f;

    public PersonTables(ReportContext context, UnitPersons persons) {
        this.context = context;
        this.persons = persons;
        this.f = context.formats();
    }

    public List<Block> blocks() {
        if (!context.subtreeOnly()) {
            return List.of();
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(context.m("persons.heading"), 2, true));
        blocks.add(new Block.Text(context.m("persons.intro", context.formats().quarter(context.quarter()))));
        blocks.add(new Block.Table(heads()));
        blocks.add(new Block.Table(worstFirst()));
        persons.persons().stream().limit(TASK_TABLES).forEach(p -> blocks.add(new Block.Table(tasks(p))));
        return blocks;
    }

    /** Each unit with its head: the unit's figures (subtree) and the head's own. */
    TableModel heads() {
        List<List<String>> rows = persons.heads().stream()
                .map(h -> {
                    OrgQuarter unit = h.unit();
                    return List.of(
                            unit.displayName(),
                            persons.names().label(h.personCode()),
                            f.value(Metric.ON_TIME_RATE.kind(), unit.value(Metric.ON_TIME_RATE)),
                            f.integer(unit.count(Metric.BACKLOG_OVERDUE)),
                            f.integer(unit.count(Metric.DONE_LATE)),
                            own(h.own(), Metric.TASKS_DUE),
                            own(h.own(), Metric.ON_TIME_RATE),
                            own(h.own(), Metric.DONE_LATE),
                            own(h.own(), Metric.BACKLOG_OVERDUE));
                })
                .toList();
        return new TableModel(
                context.m("persons.heads"),
                context.m("persons.headsNote"),
                List.of(
                        context.m("col.unit"),
                        context.m("persons.col.head"),
                        context.m("persons.col.unitOnTime"),
                        context.m("persons.col.unitBacklog"),
                        context.m("persons.col.unitLate"),
                        context.m("persons.col.headDue"),
                        context.m("persons.col.headOnTime"),
                        context.m("persons.col.headLate"),
                        context.m("persons.col.headBacklog")),
                rows,
                Set.of(2, 3, 4, 5, 6, 7, 8),
                new float[] {3.2f, 2.4f, 1.1f, 1.1f, 1.1f, 1.1f, 1.1f, 1.1f, 1.1f});
    }

    /** The persons with overdue tasks or late completions, worst first. */
    TableModel worstFirst() {
        List<List<String>> rows = persons.persons().stream()
                .map(p -> {
                    MartRow r = p.figures();
                    return List.of(
                            persons.names().label(p.personCode()),
                            unit(r.get(Mart.ORG_CODE)),
                            role(r.get(Mart.ROLE)),
                            own(r, Metric.TASKS_DUE),
                            own(r, Metric.ON_TIME_RATE),
                            own(r, Metric.DONE_LATE),
                            own(r, Metric.OVERDUE_OPEN),
                            own(r, Metric.BACKLOG_OVERDUE),
                            own(r, Metric.BACKLOG_OVER_180));
                })
                .toList();
        return new TableModel(
                context.m("persons.worst"),
                context.m("persons.worstNote"),
                List.of(
                        context.m("persons.col.person"),
                        context.m("col.unit"),
                        context.m("persons.col.role"),
                        label(Metric.TASKS_DUE),
                        label(Metric.ON_TIME_RATE),
                        label(Metric.DONE_LATE),
                        label(Metric.OVERDUE_OPEN),
                        label(Metric.BACKLOG_OVERDUE),
                        label(Metric.BACKLOG_OVER_180)),
                rows,
                Set.of(3, 4, 5, 6, 7, 8),
                new float[] {2.6f, 2.8f, 1.2f, 1f, 1f, 1f, 1f, 1f, 1f});
    }

    /** The overdue and late tasks behind one person's figures. */
    TableModel tasks(UnitPersons.PersonTasks person) {
        List<MartRow> tasks = person.tasks();
        List<List<String>> rows = tasks.stream()
                .limit(TASK_ROWS)
                .map(t -> List.of(
                        t.get(Mart.TASK_CODE),
                        t.get(Mart.TITLE) == null ? Formats.NONE : t.get(Mart.TITLE),
                        holder(t.get(Mart.HOLDER_ORG_CODE)),
                        f.date(LocalDate.parse(t.get(Mart.EFF_DUE_DATE))),
                        context.term("persons.outcome", t.get(Mart.OUTCOME)),
                        f.integer(t.getLong(Mart.DAYS_OVERDUE) + t.getLong(Mart.DELAY_DAYS))))
                .toList();
        String note =
                tasks.size() > TASK_ROWS ? context.m("section.listLimit", TASK_ROWS, f.integer(tasks.size())) : null;
        MartRow figures = person.figures();
        String title = context.m(
                "persons.tasks",
                persons.names().label(person.personCode()),
                own(figures, Metric.BACKLOG_OVERDUE),
                own(figures, Metric.DONE_LATE));
        return new TableModel(
                title,
                note,
                List.of(
                        context.m("col.task"),
                        context.m("col.title"),
                        context.m("col.holder"),
                        context.m("col.due"),
                        context.m("persons.col.outcome"),
                        context.m("persons.col.days")),
                rows,
                Set.of(5),
                new float[] {2.1f, 3.7f, 1.5f, 1.2f, 1.8f, 1.1f});
    }

    /** A figure of a person_quarter_metrics row; a dash when the person has no row. */
    private String own(MartRow row, Metric metric) {
        return row == null
                ? Formats.NONE
                : f.value(metric.kind(), MetricValues.parse(metric, row.get(metric.column())));
    }

    private String label(Metric metric) {
        return metric.label(context.lang());
    }

    private String role(String code) {
        return code == null ? Formats.NONE : context.term("persons.role", code);
    }

    /** A unit of the report by code and name; a dash when the person has no unit. */
    private String unit(String code) {
        return code == null
                ? Formats.NONE
                : context.tree().find(code).map(OrgQuarter::displayName).orElse(code);
    }

    /** The unit holding a task, only when it is in the report's subtree: a unit outside it is not named. */
    private String holder(String code) {
        return context.tree().find(code).map(OrgQuarter::orgCode).orElse(context.m("persons.outside"));
    }
}

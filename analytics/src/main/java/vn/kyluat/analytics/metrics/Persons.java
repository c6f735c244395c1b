package vn.kyluat.analytics.metrics;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static vn.kyluat.contract.Metric.BACKLOG_OVERDUE;
import static vn.kyluat.contract.Metric.DISCIPLINE_ACTIONS;
import static vn.kyluat.contract.Metric.DONE_LATE;
import static vn.kyluat.contract.Metric.DONE_ON_TIME;
import static vn.kyluat.contract.Metric.ON_TIME_RATE;
import static vn.kyluat.contract.Metric.OVERDUE_OPEN;
import static vn.kyluat.contract.Metric.TASKS_DUE;

import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import vn.kyluat.analytics.intermediate.OrgClosure;
import vn.kyluat.analytics.intermediate.QuarterRange;
import vn.kyluat.analytics.staging.LocalTimes;
import vn.kyluat.contract.Mart;
import vn.kyluat.contract.Metric;
import vn.kyluat.contract.Relation;

/**
 * Persons, defined in docs/metrics.md#individual-responsibility-version-2: the head of each unit
 * (head_person_code of org_quarter_metrics, {@link #unitHeads}), and the mart person_quarter_metrics
 * ({@link #compute}): per quarter and person_code, the
 * timeliness and backlog of the tasks whose assignee is the person, whoever holds them, with the same
 * population and as-of rules as the units' figures (the task-quarter facts), and the person's
 * discipline actions decided in the quarter. A person gets a row in a quarter with a task due, an open
 * overdue task or a discipline action. org_code and role come from the person's staff row valid on the
 * quarter's last day (the latest valid_from; on a tie the smallest org_code), the unit standing for it
 * that day when it was dissolved; both null when no row is valid. Never a name.
 *
 * <pre>
 * head_person_code = min(person_code) of the staff rows with role head valid in o on the last day
 * tasks_due, done_on_time, done_late, overdue_open, on_time_rate: {@link Timeliness}, over the tasks
 *   whose assignee_code is the person; backlog_overdue, backlog_over_180: {@link Backlog}, likewise
 * discipline_actions = |actions with the person's code decided in q| ({@link Discipline})
 * </pre>
 */
public final class Persons {
    static final String HEAD = "head";
    /** The row number that picks a person's latest staff row of the quarter. */
    private static final String LATEST = "latest";

    private Persons() {}

    /**
     * head_person_code of org_quarter_metrics: the person of the staff row with role head valid in the unit
     * on the quarter's last day, the smallest code when several (two registries, or a hand-over recorded with
     * overlapping dates); a unit without one gets no row. {@code staffOnLastDay}: from {@link StaffOnLastDay}.
     * Result: (q, org_code, head_person_code).
     */
    public static Dataset<Row> unitHeads(Dataset<Row> staffOnLastDay) {
        return staffOnLastDay
                .filter(col(Relation.ROLE).equalTo(HEAD))
                .groupBy(col(QuarterRange.Q), col(Mart.ORG_CODE))
                .agg(min(col(Mart.PERSON_CODE)).as(Mart.HEAD_PERSON_CODE));
    }

    /**
     * @param facts the task-quarter facts (with assignee_code)
     * @param staffOnLastDay from {@link StaffOnLastDay}
     * @param closure the organisation closure: (q, org_code, ancestor_code, scope)
     */
    public static Dataset<Row> compute(
            Dataset<Row> facts,
            Dataset<Row> staffOnLastDay,
            Dataset<Row> disciplineAction,
            QuarterRange range,
            Dataset<Row> closure) {
        List<Column> counts = Stream.of(Timeliness.counts(), Backlog.counts())
                .flatMap(List::stream)
                .toList();
        Dataset<Row> tasks = facts.filter(col(Mart.ASSIGNEE_CODE).isNotNull())
                .groupBy(col(QuarterRange.Q), col(Mart.ASSIGNEE_CODE).as(Mart.PERSON_CODE))
                .agg(counts.get(0), counts.subList(1, counts.size()).toArray(Column[]::new));
        Dataset<Row> discipline = Discipline.actionsBy(disciplineAction, range, Mart.PERSON_CODE);
        return tasks.join(discipline, new String[] {QuarterRange.Q, Mart.PERSON_CODE}, "full_outer")
                .transform(Persons::withZeroCounts)
                .filter(col(TASKS_DUE.column())
                        .gt(0)
                        .or(col(BACKLOG_OVERDUE.column()).gt(0))
                        .or(col(DISCIPLINE_ACTIONS.column()).gt(0)))
                .join(staffRows(staffOnLastDay, closure), new String[] {QuarterRange.Q, Mart.PERSON_CODE}, "left")
                .transform(Persons::toMartColumns);
    }

    /** Persons with only tasks have no discipline count, and the reverse: 0 there. */
    private static Dataset<Row> withZeroCounts(Dataset<Row> rows) {
        return rows.select(Stream.of(rows.columns())
                .map(c -> c.equals(QuarterRange.Q) || c.equals(Mart.PERSON_CODE)
                        ? col(c)
                        : coalesce(col(c), lit(0L)).as(c))
                .toArray(Column[]::new));
    }

    /** (q, person_code, org_code, role): the person's one staff row at quarter end, its unit resolved. */
    static Dataset<Row> staffRows(Dataset<Row> staffOnLastDay, Dataset<Row> closure) {
        Dataset<Row> standsFor = closure.filter(col(Mart.SCOPE).equalTo(Mart.SCOPE_OWN))
                .select(col(QuarterRange.Q), col(Mart.ORG_CODE), col(OrgClosure.ANCESTOR_CODE));
        return staffOnLastDay
                .withColumn(
                        LATEST,
                        row_number()
                                .over(Window.partitionBy(col(QuarterRange.Q), col(Mart.PERSON_CODE))
                                        .orderBy(
                                                col(Relation.VALID_FROM).desc(),
                                                col(Mart.ORG_CODE),
                                                col(Relation.ROLE))))
                .filter(col(LATEST).equalTo(1))
                .join(standsFor, new String[] {QuarterRange.Q, Mart.ORG_CODE}, "left")
                .select(
                        col(QuarterRange.Q),
                        col(Mart.PERSON_CODE),
                        coalesce(col(OrgClosure.ANCESTOR_CODE), col(Mart.ORG_CODE))
                                .as(Mart.ORG_CODE),
                        col(Relation.ROLE));
    }

    private static Dataset<Row> toMartColumns(Dataset<Row> rows) {
        return rows.select(
                LocalTimes.quarterName(col(QuarterRange.Q)).as(Mart.QUARTER),
                col(Mart.PERSON_CODE),
                col(Mart.ORG_CODE),
                col(Relation.ROLE),
                count(TASKS_DUE),
                count(DONE_ON_TIME),
                count(DONE_LATE),
                Timeliness.overdueOpen().as(OVERDUE_OPEN.column()),
                Timeliness.onTimeRate().as(ON_TIME_RATE.column()),
                count(BACKLOG_OVERDUE),
                count(Metric.BACKLOG_OVER_180),
                count(DISCIPLINE_ACTIONS));
    }

    private static Column count(Metric metric) {
        return col(metric.column()).cast("long").as(metric.column());
    }
}

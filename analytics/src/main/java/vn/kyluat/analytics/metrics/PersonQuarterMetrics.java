package vn.kyluat.analytics.metrics;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
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
import vn.kyluat.analytics.intermediate.QuarterRange;
import vn.kyluat.analytics.staging.LocalTimes;
import vn.kyluat.contract.Mart;
import vn.kyluat.contract.Metric;

/**
 * Mart person_quarter_metrics (individual responsibility): per quarter and person_code, the
 * timeliness and backlog of the tasks whose assignee is the person, whoever holds them, with the same
 * population and as-of rules as the units' figures (the task-quarter facts), and the person's
 * discipline actions decided in the quarter. A person gets a row in a quarter with a task due, an open
 * overdue task or a discipline action. org_code and role come from the person's staff row valid on the
 * quarter's last day (the latest valid_from; on a tie the smallest org_code), the unit standing for it
 * that day when it was dissolved; both null when no row is valid. Never a name.
 */
public final class PersonQuarterMetrics {
    private static final String PERSON = "person_code";

    private PersonQuarterMetrics() {}

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
        Dataset<Row> tasks = facts.filter(col("assignee_code").isNotNull())
                .groupBy(col("q"), col("assignee_code").as(PERSON))
                .agg(counts.get(0), counts.subList(1, counts.size()).toArray(Column[]::new));
        Dataset<Row> discipline = Discipline.actionsBy(disciplineAction, range, PERSON);
        return tasks.join(discipline, new String[] {"q", PERSON}, "full_outer")
                .transform(PersonQuarterMetrics::withZeroCounts)
                .filter(col(TASKS_DUE.column())
                        .gt(0)
                        .or(col(BACKLOG_OVERDUE.column()).gt(0))
                        .or(col(DISCIPLINE_ACTIONS.column()).gt(0)))
                .join(staffRows(staffOnLastDay, closure), new String[] {"q", PERSON}, "left")
                .transform(PersonQuarterMetrics::toMartColumns);
    }

    /** Persons with only tasks have no discipline count, and the reverse: 0 there. */
    private static Dataset<Row> withZeroCounts(Dataset<Row> rows) {
        return rows.select(Stream.of(rows.columns())
                .map(c -> c.equals("q") || c.equals(PERSON)
                        ? col(c)
                        : coalesce(col(c), lit(0L)).as(c))
                .toArray(Column[]::new));
    }

    /** (q, person_code, org_code, role): the person's one staff row at quarter end, its unit resolved. */
    static Dataset<Row> staffRows(Dataset<Row> staffOnLastDay, Dataset<Row> closure) {
        Dataset<Row> standsFor = closure.filter(col("scope").equalTo(Mart.SCOPE_OWN))
                .select(col("q"), col("org_code"), col("ancestor_code"));
        return staffOnLastDay
                .withColumn(
                        "n",
                        row_number()
                                .over(Window.partitionBy(col("q"), col(PERSON))
                                        .orderBy(col("valid_from").desc(), col("org_code"), col("role"))))
                .filter(col("n").equalTo(1))
                .join(standsFor, new String[] {"q", "org_code"}, "left")
                .select(
                        col("q"),
                        col(PERSON),
                        coalesce(col("ancestor_code"), col("org_code")).as("org_code"),
                        col("role"));
    }

    private static Dataset<Row> toMartColumns(Dataset<Row> rows) {
        return rows.select(
                LocalTimes.quarterName(col("q")).as(Mart.QUARTER),
                col(PERSON),
                col("org_code"),
                col("role"),
                count(TASKS_DUE),
                count(DONE_ON_TIME),
                count(DONE_LATE),
                col(TASKS_DUE.column())
                        .minus(col(DONE_ON_TIME.column()))
                        .minus(col(DONE_LATE.column()))
                        .as(OVERDUE_OPEN.column()),
                Rates.rate(col(DONE_ON_TIME.column()), col(TASKS_DUE.column())).as(ON_TIME_RATE.column()),
                count(BACKLOG_OVERDUE),
                count(Metric.BACKLOG_OVER_180),
                count(DISCIPLINE_ACTIONS));
    }

    private static Column count(Metric metric) {
        return col(metric.column()).cast("long").as(metric.column());
    }
}

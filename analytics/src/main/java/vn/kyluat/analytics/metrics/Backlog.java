package vn.kyluat.analytics.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count_if;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.not;
import static vn.kyluat.contract.Metric.BACKLOG_1_30;
import static vn.kyluat.contract.Metric.BACKLOG_31_90;
import static vn.kyluat.contract.Metric.BACKLOG_91_180;
import static vn.kyluat.contract.Metric.BACKLOG_OVERDUE;
import static vn.kyluat.contract.Metric.BACKLOG_OVER_180;
import static vn.kyluat.contract.Metric.TASKS_DUE;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.kyluat.analytics.staging.LocalTimes;
import vn.kyluat.contract.Mart;

/**
 * Backlog, defined in docs/metrics.md#backlog-work-dragging-on-backlog: open tasks held by o at qe with
 * eff_due before qe, by days_overdue = qe − eff_due (due on the quarter's last day: 1), null for every
 * other task. Counts per (q, holder at qe), taken by {@link HolderFacts#counts}. The work about to join
 * the backlog is listed in the mart at_risk_tasks ({@link #atRisk}).
 *
 * <pre>
 * backlog_overdue = |days_overdue ≥ 1|    backlog_1_30, backlog_31_90, backlog_91_180: days_overdue in
 * [1, 30], [31, 90], [91, 180]    backlog_over_180: days_overdue > 180
 * aged share = (backlog_91_180 + backlog_over_180) / (tasks_due + backlog_overdue)
 * </pre>
 */
public final class Backlog {
    /** at_risk_tasks: open tasks due in [qe, qe + 14 days). */
    public static final int HORIZON_DAYS = 14;

    private Backlog() {}

    /** Counts over the facts held at qe (a null days_overdue counts nowhere). */
    public static List<Column> counts() {
        Column days = col("days_overdue");
        return List.of(
                count_if(days.geq(1)).as(BACKLOG_OVERDUE.column()),
                count_if(days.between(1, 30)).as(BACKLOG_1_30.column()),
                count_if(days.between(31, 90)).as(BACKLOG_31_90.column()),
                count_if(days.between(91, 180)).as(BACKLOG_91_180.column()),
                count_if(days.gt(180)).as(BACKLOG_OVER_180.column()));
    }

    /**
     * The aged share of a unit's workload: (backlog_91_180 + backlog_over_180) / (tasks_due +
     * backlog_overdue), null when nothing was due or overdue. Read by the index and the watch list.
     */
    public static Column agedShare() {
        return Rates.rate(
                col(BACKLOG_91_180.column()).plus(col(BACKLOG_OVER_180.column())),
                col(TASKS_DUE.column()).plus(col(BACKLOG_OVERDUE.column())));
    }

    /**
     * Mart at_risk_tasks: for each computed quarter, as of its end (as_of = qe), the tasks still open
     * with eff_due in [as_of, as_of + 14 days), listed under their holder at qe; days_left 0..13.
     * {@code orgNames}: (org_code, org_name).
     */
    public static Dataset<Row> atRisk(Dataset<Row> facts, Dataset<Row> orgNames) {
        Column asOf = col("qe");
        Dataset<Row> atRisk = facts.filter(not(col("completed_by_qe"))
                        .and(col("holder_org_code").isNotNull())
                        .and(col("eff_due_date").geq(asOf))
                        .and(col("eff_due_date").lt(date_add(asOf, HORIZON_DAYS))))
                .withColumn(Mart.QUARTER, LocalTimes.quarterName(col("q")))
                .withColumn("as_of", asOf)
                .withColumn("days_left", datediff(col("eff_due_date"), asOf));
        return MartColumns.withOrgName(atRisk, orgNames, "holder").select(MartColumns.of(Mart.AT_RISK_TASKS));
    }
}

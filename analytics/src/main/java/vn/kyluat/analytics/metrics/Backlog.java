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

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.kyluat.analytics.intermediate.QuarterRange;
import vn.kyluat.analytics.intermediate.TaskQuarterFacts;
import vn.kyluat.analytics.staging.LocalTimes;
import vn.kyluat.contract.Mart;
import vn.kyluat.contract.Metric;

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
        Column days = col(Mart.DAYS_OVERDUE);
        return List.of(
                count_if(days.geq(1)).as(BACKLOG_OVERDUE.column()),
                count_if(days.between(1, 30)).as(BACKLOG_1_30.column()),
                count_if(days.between(31, Metric.AGED_BACKLOG_AFTER_DAYS)).as(BACKLOG_31_90.column()),
                count_if(days.between(Metric.AGED_BACKLOG_AFTER_DAYS + 1, 180)).as(BACKLOG_91_180.column()),
                count_if(days.gt(180)).as(BACKLOG_OVER_180.column()));
    }

    /**
     * The aged share of a unit's workload ({@link Metric#AGED_BACKLOG} over {@link Metric#AGED_BACKLOG_BASE}):
     * (backlog_91_180 + backlog_over_180) / (tasks_due + backlog_overdue), null when nothing was due or overdue.
     * Read by the index and the watch list.
     */
    public static Column agedShare() {
        return Rates.rate(sum(Metric.AGED_BACKLOG), sum(Metric.AGED_BACKLOG_BASE));
    }

    private static Column sum(List<Metric> counts) {
        return counts.stream().map(m -> col(m.column())).reduce(Column::plus).orElseThrow();
    }

    /**
     * Mart at_risk_tasks: for each computed quarter, as of its end (as_of = qe), the tasks still open
     * with eff_due in [as_of, as_of + 14 days), listed under their holder at qe; days_left 0..13.
     * {@code orgNames}: (org_code, org_name).
     */
    public static Dataset<Row> atRisk(Dataset<Row> facts, Dataset<Row> orgNames) {
        Column asOf = col(QuarterRange.QE);
        Dataset<Row> atRisk = facts.filter(not(col(TaskQuarterFacts.COMPLETED_BY_QE))
                        .and(col(Mart.HOLDER_ORG_CODE).isNotNull())
                        .and(col(Mart.EFF_DUE_DATE).geq(asOf))
                        .and(col(Mart.EFF_DUE_DATE).lt(date_add(asOf, HORIZON_DAYS))))
                .withColumn(Mart.QUARTER, LocalTimes.quarterName(col(QuarterRange.Q)))
                .withColumn(Mart.AS_OF, asOf)
                .withColumn(Mart.DAYS_LEFT, datediff(col(Mart.EFF_DUE_DATE), asOf));
        return MartColumns.withOrgName(atRisk, orgNames, Mart.HOLDER_ORG_CODE, Mart.HOLDER_ORG_NAME)
                .select(MartColumns.of(Mart.AT_RISK_TASKS));
    }
}

package vn.kyluat.analytics.metrics;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count_if;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.not;
import static vn.kyluat.analytics.staging.LocalTimes.quarterIndex;
import static vn.kyluat.analytics.staging.LocalTimes.quarterName;
import static vn.kyluat.contract.Metric.FINDINGS_DUE;
import static vn.kyluat.contract.Metric.FINDINGS_OPEN_OVERDUE;
import static vn.kyluat.contract.Metric.FINDINGS_REMEDIED_ON_TIME;
import static vn.kyluat.contract.Metric.REMEDIATION_ON_TIME_RATE;

import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.kyluat.analytics.intermediate.QuarterRange;
import vn.kyluat.contract.Mart;
import vn.kyluat.contract.Relation;

/**
 * Inspection findings, defined in docs/metrics.md#inspection-findings-findings, over findings with
 * org_code = o that were found before qe: due in q, of those remedied on or before the remedy date (and
 * before qe), and open overdue at qe whatever quarter they were due in. The count findings_open_overdue
 * and the list of mart open_overdue_findings read the same rows ({@link #openOverdue}).
 *
 * <pre>
 * findings_due = |remedy_due_date in q|
 * findings_remedied_on_time = of those, remedied_at ≤ remedy_due_date and remedied_at &lt; qe
 * remediation_on_time_rate = findings_remedied_on_time / findings_due
 * findings_open_overdue = |remedy_due_date &lt; qe and not remedied before qe|
 * </pre>
 */
public final class Findings {
    private Findings() {}

    /** {@code quarters}: one row per computed quarter (q, qe). */
    public static Dataset<Row> byOrg(Dataset<Row> findings, Dataset<Row> quarters) {
        Column due = col(Relation.REMEDY_DUE_DATE);
        Column dueInQ = quarterIndex(due).equalTo(col(QuarterRange.Q));
        return foundBeforeQe(findings, quarters)
                .groupBy(col(QuarterRange.Q), col(Relation.ORG_CODE))
                .agg(
                        count_if(dueInQ).as(FINDINGS_DUE.column()),
                        count_if(dueInQ.and(remediedBeforeQe())
                                        .and(col(Relation.REMEDIED_AT).leq(due)))
                                .as(FINDINGS_REMEDIED_ON_TIME.column()),
                        count_if(openOverdue()).as(FINDINGS_OPEN_OVERDUE.column()));
    }

    /** The figures derived from the (summed) counts, by column. */
    public static Map<String, Column> rates() {
        return Map.of(
                REMEDIATION_ON_TIME_RATE.column(),
                Rates.rate(col(FINDINGS_REMEDIED_ON_TIME.column()), col(FINDINGS_DUE.column())));
    }

    /**
     * Mart open_overdue_findings: each finding counted in findings_open_overdue, in every quarter it is, under
     * the unit whose own figures count it. {@code closure}: {@code OrgClosure.closure()}.
     */
    public static Dataset<Row> openOverdueList(Dataset<Row> findings, Dataset<Row> quarters, Dataset<Row> closure) {
        Dataset<Row> open = foundBeforeQe(findings, quarters)
                .filter(openOverdue())
                .withColumnRenamed(Relation.ORG_CODE, Mart.FINDING_ORG_CODE)
                .withColumn(Mart.QUARTER, quarterName(col(QuarterRange.Q)))
                .withColumn(Mart.DAYS_OVERDUE, datediff(col(QuarterRange.QE), col(Relation.REMEDY_DUE_DATE)));
        return Scopes.underOwnUnit(open, Mart.FINDING_ORG_CODE, closure)
                .select(MartColumns.of(Mart.OPEN_OVERDUE_FINDINGS));
    }

    /** Each finding beside each computed quarter (q, qe) it was found before the end of. */
    private static Dataset<Row> foundBeforeQe(Dataset<Row> findings, Dataset<Row> quarters) {
        return findings.crossJoin(broadcast(quarters.select(QuarterRange.Q, QuarterRange.QE)))
                .filter(col(Relation.FOUND_AT).lt(col(QuarterRange.QE)));
    }

    private static Column remediedBeforeQe() {
        return col(Relation.REMEDIED_AT)
                .isNotNull()
                .and(col(Relation.REMEDIED_AT).lt(col(QuarterRange.QE)));
    }

    /** Due before qe and not remedied before it, whatever quarter it was due in. */
    private static Column openOverdue() {
        return col(Relation.REMEDY_DUE_DATE).lt(col(QuarterRange.QE)).and(not(remediedBeforeQe()));
    }
}

package vn.kyluat.analytics.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_if;
import static org.apache.spark.sql.functions.lit;
import static vn.kyluat.contract.Metric.ESCALATIONS_WITHIN;
import static vn.kyluat.contract.Metric.ESCALATION_AVOIDANCE_RATE;
import static vn.kyluat.contract.Metric.WITHIN_AUTHORITY_HELD;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.kyluat.analytics.intermediate.QuarterRange;
import vn.kyluat.contract.Mart;

/**
 * Avoided decisions, defined in docs/metrics.md#avoided-decisions-avoideddecisions: escalated events in
 * q from o (from_org_code) on tasks with authority = within, taken from the task-quarter facts (so left
 * out when the task was cancelled before qe), over the tasks with authority = within that o held in q.
 * The count and the list of mart within_authority_escalations read the same rows ({@link
 * #withinAuthority}).
 *
 * <pre>
 * within_authority_held = held_tasks with authority = within (taken by {@link HeldTasks})
 * escalation_avoidance_rate = escalations_within / within_authority_held
 * </pre>
 */
public final class AvoidedDecisions {
    private AvoidedDecisions() {}

    /** Over the tasks held in q ({@link HeldTasks#counts}): those the unit may decide itself. */
    public static List<Column> heldCounts() {
        return List.of(count_if(col(Mart.AUTHORITY).equalTo("within")).as(WITHIN_AUTHORITY_HELD.column()));
    }

    /** {@code escalations}: one row per escalation of q, with q, from_org_code and authority. */
    public static Dataset<Row> escalationsWithin(Dataset<Row> escalations) {
        return withinAuthority(escalations)
                .withColumnRenamed(Mart.FROM_ORG_CODE, Mart.ORG_CODE)
                .groupBy(col(QuarterRange.Q), col(Mart.ORG_CODE))
                .agg(count(lit(1)).as(ESCALATIONS_WITHIN.column()));
    }

    /** The figures derived from the (summed) counts, by column. */
    public static Map<String, Column> rates() {
        return Map.of(
                ESCALATION_AVOIDANCE_RATE.column(),
                Rates.rate(col(ESCALATIONS_WITHIN.column()), col(WITHIN_AUTHORITY_HELD.column())));
    }

    /**
     * Mart within_authority_escalations: each escalation counted in escalations_within, under the unit whose
     * own figures count it. {@code escalations}: {@code TaskQuarterFacts.escalations()}; {@code closure}:
     * {@code OrgClosure.closure()}.
     */
    public static Dataset<Row> withinAuthorityEscalations(Dataset<Row> escalations, Dataset<Row> closure) {
        return Scopes.underOwnUnit(withinAuthority(escalations), Mart.FROM_ORG_CODE, closure)
                .select(MartColumns.of(Mart.WITHIN_AUTHORITY_ESCALATIONS));
    }

    /** The escalations of tasks their sender may decide itself. */
    private static Dataset<Row> withinAuthority(Dataset<Row> escalations) {
        return escalations.filter(col(Mart.AUTHORITY)
                .equalTo("within")
                .and(col(Mart.FROM_ORG_CODE).isNotNull()));
    }
}

package vn.kyluat.analytics.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count_if;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;
import static vn.kyluat.analytics.staging.LocalTimes.instant;
import static vn.kyluat.contract.Metric.BOUNCE_RATE;
import static vn.kyluat.contract.Metric.HELD_TASKS;
import static vn.kyluat.contract.Metric.RETURNS_OUT;
import static vn.kyluat.contract.Metric.REVERSED_TRANSFERS;
import static vn.kyluat.contract.Metric.TRANSFERS_OUT;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.kyluat.analytics.intermediate.QuarterRange;
import vn.kyluat.analytics.intermediate.TaskQuarterFacts;
import vn.kyluat.contract.EventType;
import vn.kyluat.contract.Mart;
import vn.kyluat.contract.Relation;

/**
 * Buck-passing, defined in docs/metrics.md#buck-passing-buckpassing, from the tasks held in q and the
 * handoffs of q: transfers and returns with from_org_code = o; reversed_transfers, the transfers of q
 * after which the task was handed back to o before qe (the quarter it came back in, came_back_q, is
 * found by {@code TaskTimeline}). The counts and the list of mart bounced_handoffs make the same
 * row-level decisions ({@link #returned}, {@link #reversed}).
 *
 * <pre>
 * held_tasks = distinct tasks open and held by o at some instant of q (taken by {@link HeldTasks})
 * bounce_rate = (returns_out + reversed_transfers) / held_tasks
 * </pre>
 */
public final class BuckPassing {
    private BuckPassing() {}

    /** Over the tasks held in q ({@link HeldTasks#counts}): each counts once per unit that held it. */
    public static List<Column> heldCounts() {
        return List.of(count_if(lit(true)).as(HELD_TASKS.column()));
    }

    public static Dataset<Row> bySender(Dataset<Row> handoffs) {
        return handoffs.filter(col(Mart.FROM_ORG_CODE).isNotNull())
                .groupBy(col(QuarterRange.Q), col(Mart.FROM_ORG_CODE).as(Mart.ORG_CODE))
                .agg(
                        count_if(transfer()).as(TRANSFERS_OUT.column()),
                        count_if(returned()).as(RETURNS_OUT.column()),
                        count_if(reversed()).as(REVERSED_TRANSFERS.column()));
    }

    /** The figures derived from the (summed) counts, by column. */
    public static Map<String, Column> rates() {
        return Map.of(
                BOUNCE_RATE.column(),
                Rates.rate(col(RETURNS_OUT.column()).plus(col(REVERSED_TRANSFERS.column())), col(HELD_TASKS.column())));
    }

    /**
     * Mart bounced_handoffs: each handoff counted in returns_out or reversed_transfers, under the unit whose
     * own figures count it. {@code closure}: {@code OrgClosure.closure()}.
     */
    public static Dataset<Row> bouncedHandoffs(Dataset<Row> handoffs, Dataset<Row> closure) {
        Dataset<Row> bounced = handoffs.filter(returned().or(reversed()))
                .withColumn(
                        Mart.COUNTED_IN, when(returned(), RETURNS_OUT.column()).otherwise(REVERSED_TRANSFERS.column()))
                .withColumn(Mart.CAME_BACK_AT, when(reversed(), instant(col(TaskQuarterFacts.CAME_BACK_LOCAL_MICROS))));
        return Scopes.underOwnUnit(bounced, Mart.FROM_ORG_CODE, closure).select(MartColumns.of(Mart.BOUNCED_HANDOFFS));
    }

    private static Column transfer() {
        return col(Relation.EVENT_TYPE).equalTo(EventType.TRANSFERRED);
    }

    private static Column returned() {
        return col(Relation.EVENT_TYPE).equalTo(EventType.RETURNED);
    }

    /** A transfer of q after which the task came back to its sender before qe. */
    private static Column reversed() {
        return transfer().and(col(TaskQuarterFacts.CAME_BACK_Q).leq(col(QuarterRange.Q)));
    }
}

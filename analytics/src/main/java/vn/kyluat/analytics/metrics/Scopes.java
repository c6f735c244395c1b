package vn.kyluat.analytics.metrics;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import vn.kyluat.analytics.intermediate.OrgClosure;
import vn.kyluat.analytics.intermediate.QuarterRange;
import vn.kyluat.contract.Mart;

/**
 * Both scopes of docs/metrics.md#organisations-and-scopes with one join to the organisation closure: each contribution of a
 * unit goes to the unit standing for it ({@code own}) and to that unit and all its ancestors
 * ({@code subtree}); counts are summed, percentiles taken over the task-level values gathered so.
 */
public final class Scopes {
    private static final Set<String> KEYS = Set.of(QuarterRange.Q, Mart.ORG_CODE);
    private static final Set<String> VALUES = Set.of(Timeliness.LATE_DELAY_DAYS, UrgentMatters.URGENT_HOURS);
    /** How many tasks of a unit and quarter have a given value. */
    private static final String VALUE_COUNT = "tasks_with_value";

    private Scopes() {}

    /**
     * {@code contributions}: datasets keyed by (q, org_code) of count columns, or of task-level value
     * columns (late_delay_days, urgent_hours). Result: (q, org_code, scope, every count summed,
     * late_delay_median_days, late_delay_p90_days, urgent_median_hours); counts a unit has no
     * contribution for are null.
     */
    public static Dataset<Row> rollUp(List<Dataset<Row>> contributions, Dataset<Row> closure) {
        // Counts and task-level values are rolled up apart: the percentiles' object aggregate handles a row
        // at a time, so only the value rows go through it; the counts take Spark's compiled hash aggregate.
        // Each unit's values are counted first, with that hash aggregate too (late delays are whole days, many
        // tasks share one), and the percentiles weigh each value by its count: the same figures, from a fraction
        // of the rows through the closure and the object aggregate.
        Dataset<Row> counts = unionOf(contributions, Scopes::isCount);
        Dataset<Row> valueCounts = unionOf(contributions, VALUES::contains)
                .groupBy(
                        col(QuarterRange.Q),
                        col(Mart.ORG_CODE),
                        col(Timeliness.LATE_DELAY_DAYS),
                        col(UrgentMatters.URGENT_HOURS))
                .agg(count(lit(1)).as(VALUE_COUNT));
        Column tasks = col(VALUE_COUNT);
        List<Column> percentileColumns = new ArrayList<>(Timeliness.lateDelayPercentiles(tasks));
        percentileColumns.add(UrgentMatters.medianHours(tasks));
        Dataset<Row> percentiles = overClosure(valueCounts, closure, percentileColumns);
        return sumCounts(counts, closure)
                .join(percentiles, new String[] {QuarterRange.Q, Mart.ORG_CODE, Mart.SCOPE}, "full_outer");
    }

    /** {@code counts}: a dataset keyed by (q, org_code) of count columns only; each summed in both scopes. */
    public static Dataset<Row> sumCounts(Dataset<Row> counts, Dataset<Row> closure) {
        List<Column> sums = Arrays.stream(counts.columns())
                .filter(Scopes::isCount)
                .map(c -> sum(col(c)).as(c))
                .toList();
        return overClosure(counts, closure, sums);
    }

    /**
     * The rows behind own-scope counts: each row whose unit ({@code unitColumn}, keyed with q) counts under a
     * unit of the quarter's tree, with that unit as org_code (itself, or the unit standing for it once dissolved);
     * rows of units the tree does not know are left out, as the counts leave them out.
     */
    public static Dataset<Row> underOwnUnit(Dataset<Row> rows, String unitColumn, Dataset<Row> closure) {
        Dataset<Row> ownUnits = closure.filter(col(Mart.SCOPE).equalTo(Mart.SCOPE_OWN))
                .select(
                        col(QuarterRange.Q),
                        col(Mart.ORG_CODE).as(unitColumn),
                        col(OrgClosure.ANCESTOR_CODE).as(Mart.ORG_CODE));
        return rows.join(broadcast(ownUnits), new String[] {QuarterRange.Q, unitColumn});
    }

    private static boolean isCount(String column) {
        return !KEYS.contains(column) && !VALUES.contains(column);
    }

    /** The union of the contributions' keys and {@code wanted} columns, from those that have any. */
    private static Dataset<Row> unionOf(List<Dataset<Row>> contributions, Predicate<String> wanted) {
        return contributions.stream()
                .filter(c -> Arrays.stream(c.columns()).anyMatch(wanted))
                .map(c -> c.select(Arrays.stream(c.columns())
                        .filter(name -> KEYS.contains(name) || wanted.test(name))
                        .map(functions::col)
                        .toArray(Column[]::new)))
                .reduce((a, b) -> a.unionByName(b, true))
                .orElseThrow();
    }

    private static Dataset<Row> overClosure(Dataset<Row> contributions, Dataset<Row> closure, List<Column> aggregates) {
        return contributions
                .join(broadcast(closure), new String[] {QuarterRange.Q, Mart.ORG_CODE})
                .groupBy(col(QuarterRange.Q), col(OrgClosure.ANCESTOR_CODE).as(Mart.ORG_CODE), col(Mart.SCOPE))
                .agg(aggregates.get(0), aggregates.subList(1, aggregates.size()).toArray(Column[]::new));
    }
}

package vn.kyluat.analytics.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static vn.kyluat.analytics.staging.LocalTimes.quarterIndex;
import static vn.kyluat.analytics.staging.LocalTimes.quarterName;
import static vn.kyluat.contract.Metric.DISCIPLINE_ACTIONS;
import static vn.kyluat.contract.Metric.DISCIPLINE_PER_100;
import static vn.kyluat.contract.Metric.MEMBERS;

import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.kyluat.analytics.intermediate.QuarterRange;
import vn.kyluat.contract.Mart;
import vn.kyluat.contract.Relation;

/**
 * Discipline, defined in docs/metrics.md#discipline-discipline: actions decided in q, and party members
 * valid on the quarter's last day; the mart discipline_by_kind splits the actions by kind.
 *
 * <pre>
 * discipline_actions = |actions with decided_at in q|
 * members = |distinct party members whose staff row in o is valid on the quarter's last day|
 * discipline_per_100 = 100 × discipline_actions / members
 * discipline_by_kind.actions = discipline_actions of one kind; the kinds add up to discipline_actions
 * </pre>
 */
public final class Discipline {
    private Discipline() {}

    /** Actions decided in q per unit: (q, org_code, discipline_actions). */
    public static Dataset<Row> actions(Dataset<Row> disciplineAction, QuarterRange range) {
        return actionsBy(disciplineAction, range, Relation.ORG_CODE);
    }

    /** Actions decided in q per value of {@code key} (org_code, person_code): (q, key, discipline_actions). */
    public static Dataset<Row> actionsBy(Dataset<Row> disciplineAction, QuarterRange range, String key) {
        return disciplineAction
                .withColumn(QuarterRange.Q, quarterIndex(col(Relation.DECIDED_AT)))
                .filter(range.contains(col(QuarterRange.Q)))
                .groupBy(col(QuarterRange.Q), col(key))
                .agg(count(lit(1)).as(DISCIPLINE_ACTIONS.column()));
    }

    /** {@code staffOnLastDay}: from {@link StaffOnLastDay}. A person listed by two registries counts once. */
    public static Dataset<Row> members(Dataset<Row> staffOnLastDay) {
        return staffOnLastDay
                .filter(col(Relation.PARTY_MEMBER))
                .groupBy(col(QuarterRange.Q), col(Relation.ORG_CODE))
                .agg(countDistinct(col(Relation.PERSON_CODE)).as(MEMBERS.column()));
    }

    /** The figures derived from the (summed) counts, by column. */
    public static Map<String, Column> rates() {
        return Map.of(
                DISCIPLINE_PER_100.column(),
                Rates.rate(col(DISCIPLINE_ACTIONS.column()), col(MEMBERS.column()))
                        .multiply(lit(100.0)));
    }

    /**
     * Mart discipline_by_kind: discipline_actions split by kind, in both scopes through the same closure as
     * every other count. One column per kind while rolling up, then one row per kind with actions; kinds with
     * no action in a unit and quarter get no row. {@code closure}: (q, org_code, ancestor_code, scope) as built
     * by OrgClosure.
     */
    public static Dataset<Row> byKind(Dataset<Row> disciplineAction, QuarterRange range, Dataset<Row> closure) {
        Dataset<Row> byKindColumn = disciplineAction
                .withColumn(QuarterRange.Q, quarterIndex(col(Relation.DECIDED_AT)))
                .filter(range.contains(col(QuarterRange.Q)))
                .groupBy(col(QuarterRange.Q), col(Relation.ORG_CODE))
                .pivot(
                        Relation.KIND,
                        Mart.DISCIPLINE_KINDS.stream().map(Object.class::cast).toList())
                .agg(count(lit(1)));
        Column[] kinds = Mart.DISCIPLINE_KINDS.stream().map(kind -> col(kind)).toArray(Column[]::new);
        return Scopes.sumCounts(byKindColumn, closure)
                .unpivot(
                        new Column[] {col(QuarterRange.Q), col(Mart.ORG_CODE), col(Mart.SCOPE)},
                        kinds,
                        Mart.KIND,
                        Mart.ACTIONS)
                .filter(col(Mart.ACTIONS).gt(0))
                .withColumn(Mart.QUARTER, quarterName(col(QuarterRange.Q)))
                .select(MartColumns.of(Mart.DISCIPLINE_BY_KIND));
    }
}

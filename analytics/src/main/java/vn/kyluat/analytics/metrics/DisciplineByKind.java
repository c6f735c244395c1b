package vn.kyluat.analytics.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static vn.kyluat.analytics.staging.LocalTimes.quarterIndex;
import static vn.kyluat.analytics.staging.LocalTimes.quarterName;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.kyluat.analytics.intermediate.QuarterRange;
import vn.kyluat.contract.Mart;

/**
 * The discipline_by_kind mart: METRICS.md §4's discipline_actions split by kind, in both scopes
 * through the same closure as every other count. One column per kind while rolling up, then one
 * row per kind with actions; kinds with no action in a unit and quarter get no row.
 */
public final class DisciplineByKind {
    private static final String KIND = "kind";
    private static final String ACTIONS = "actions";

    private DisciplineByKind() {}

    /** {@code closure}: (q, org_code, ancestor_code, scope) as built by OrgClosure. */
    public static Dataset<Row> compute(Dataset<Row> disciplineAction, QuarterRange range, Dataset<Row> closure) {
        Dataset<Row> byKindColumn = disciplineAction
                .withColumn("q", quarterIndex(col("decided_at")))
                .filter(range.contains(col("q")))
                .groupBy(col("q"), col("org_code"))
                .pivot(
                        KIND,
                        Mart.DISCIPLINE_KINDS.stream().map(Object.class::cast).toList())
                .agg(count(lit(1)));
        Column[] kinds = Mart.DISCIPLINE_KINDS.stream().map(kind -> col(kind)).toArray(Column[]::new);
        return Scopes.sumCounts(byKindColumn, closure)
                .unpivot(new Column[] {col("q"), col(Mart.ORG_CODE), col(Mart.SCOPE)}, kinds, KIND, ACTIONS)
                .filter(col(ACTIONS).gt(0))
                .withColumn(Mart.QUARTER, quarterName(col("q")))
                .select(MartColumns.of(Mart.DISCIPLINE_BY_KIND));
    }
}

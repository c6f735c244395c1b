package vn.kyluat.analytics.metrics;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.upper;
import static org.apache.spark.sql.functions.when;

import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import vn.kyluat.analytics.engine.SparkSessions;
import vn.kyluat.analytics.intermediate.QuarterRange;
import vn.kyluat.analytics.staging.LocalTimes;
import vn.kyluat.analytics.staging.Staging;
import vn.kyluat.contract.Mart;
import vn.kyluat.contract.Relation;

/**
 * One task, one lead unit, defined in docs/metrics.md#one-task-one-lead-unit-onetaskonelead, listed task by task in the quarter of assigned_at (tasks
 * cancelled before that quarter's end left out): tasks without a lead unit, and tasks whose
 * normalised origin_ref names two or more different lead units across all sources. Both lists come
 * from one scan of all tasks, which keeps the few tasks that break the rule.
 */
public record OneTaskOneLead(Dataset<Row> overlappingAssignments, Dataset<Row> tasksWithoutLead) {
    /** Whether a task's reference names two or more lead units. */
    private static final String OVERLAPPING = "overlapping";
    /** The least and greatest lead unit of a reference. */
    private static final String LEAST_LEAD = "least_lead";

    private static final String GREATEST_LEAD = "greatest_lead";

    /** {@code orgNames}: (org_code, org_name). */
    public static OneTaskOneLead of(Dataset<Row> tasks, QuarterRange range, Dataset<Row> orgNames) {
        // Only the columns the lists show: Spark does not prune what a kept dataset computes by what reads it.
        // No row is filtered on its normalised reference: Spark would push the filter below the projection and
        // normalise each reference twice per scan (at 10 M tasks, a quarter of the overlapping list's time).
        // Tasks without a reference ("") fall in one group whose lead units are not counted, so it never overlaps.
        Dataset<Row> withRef = tasks.filter(col(Staging.CANCELLED_Q)
                        .isNull()
                        .or(col(Staging.CANCELLED_Q).gt(col(Staging.ASSIGNED_Q))))
                .select(
                        col(Relation.SOURCE_ID),
                        col(Relation.TASK_CODE),
                        col(Relation.TITLE),
                        normalisedOriginRef(col(Mart.ORIGIN_REF)).as(Mart.ORIGIN_REF),
                        col(Mart.LEAD_ORG_CODE),
                        col(Relation.ASSIGNED_BY_ORG_CODE),
                        col(Relation.ASSIGNED_AT),
                        col(Staging.ASSIGNED_Q));
        // Kept, as both lists read them: else each would scan all tasks for its few rows (at 10 M tasks, 3.5 s).
        Dataset<Row> breakingTheRule = withRef.join(
                        broadcast(overlappingReferences(withRef)), new String[] {Mart.ORIGIN_REF}, "left")
                .filter(col(Mart.LEAD_ORG_CODE).isNull().or(col(OVERLAPPING)))
                .persist(SparkSessions.cacheLevel(withRef.sparkSession()));
        return new OneTaskOneLead(
                listedOverlaps(breakingTheRule.filter(col(OVERLAPPING)), range, orgNames),
                withQuarter(breakingTheRule.filter(
                                col(Mart.LEAD_ORG_CODE).isNull().and(range.contains(col(Staging.ASSIGNED_Q)))))
                        .select(MartColumns.of(Mart.TASKS_WITHOUT_LEAD)));
    }

    /**
     * origin_ref trimmed, upper-cased, inner whitespace collapsed to one space; "" when there is none (null or
     * blank). Never null: Spark infers a not-null filter for a nullable join key and pushes it below the
     * projection, where it would normalise every reference a second time.
     */
    public static Column normalisedOriginRef(Column originRef) {
        Column trimmed = trim(originRef);
        // Few references have white space to collapse: only those go through the regular expression, which
        // converts every value to a Java string and back (on the 6.4 M references of two generated sources, that
        // cost twice as much as these six byte searches; one rlike instead of them was slower still).
        Column collapsed = when(hasWhiteSpaceToCollapse(trimmed), regexp_replace(trimmed, "\\s+", " "))
                .otherwise(trimmed);
        return coalesce(upper(collapsed), lit(""));
    }

    /** Whether {@code \s+ → " "} changes the value: a run of two spaces, or any white space other than a space. */
    private static Column hasWhiteSpaceToCollapse(Column value) {
        return Stream.of("  ", "\t", "\n", "\u000B", "\f", "\r")
                .map(value::contains)
                .reduce(Column::or)
                .orElseThrow();
    }

    /**
     * (origin_ref, overlapping = true) for each reference naming two or more lead units. Few do: one plain
     * aggregation finds them (two units when the least and greatest differ). Nearly every reference is unique,
     * so the rows are shuffled as they are: an aggregation before the shuffle only sorted them.
     */
    private static Dataset<Row> overlappingReferences(Dataset<Row> withRef) {
        Column referencedLead = when(col(Mart.ORIGIN_REF).notEqual(""), col(Mart.LEAD_ORG_CODE));
        return withRef.select(col(Mart.ORIGIN_REF), col(Mart.LEAD_ORG_CODE))
                .repartition(col(Mart.ORIGIN_REF))
                .groupBy(col(Mart.ORIGIN_REF))
                .agg(min(referencedLead).as(LEAST_LEAD), max(referencedLead).as(GREATEST_LEAD))
                .filter(col(LEAST_LEAD).notEqual(col(GREATEST_LEAD)))
                .select(col(Mart.ORIGIN_REF), lit(true).as(OVERLAPPING));
    }

    /** {@code overlapping}: every task of the overlapping references, of any quarter (each counts its lead unit). */
    private static Dataset<Row> listedOverlaps(Dataset<Row> overlapping, QuarterRange range, Dataset<Row> orgNames) {
        Dataset<Row> listed = overlapping
                .withColumn(
                        Mart.LEAD_UNIT_COUNT,
                        size(collect_set(col(Mart.LEAD_ORG_CODE)).over(Window.partitionBy(col(Mart.ORIGIN_REF))))
                                .cast("long"))
                .filter(range.contains(col(Staging.ASSIGNED_Q)));
        return MartColumns.withOrgName(withQuarter(listed), orgNames, Mart.LEAD_ORG_CODE, Mart.LEAD_ORG_NAME)
                .select(MartColumns.of(Mart.OVERLAPPING_ASSIGNMENTS));
    }

    /** The name of the quarter of assigned_at, named for the listed rows only. */
    private static Dataset<Row> withQuarter(Dataset<Row> listed) {
        return listed.withColumn(Mart.QUARTER, LocalTimes.quarterName(col(Staging.ASSIGNED_Q)));
    }
}

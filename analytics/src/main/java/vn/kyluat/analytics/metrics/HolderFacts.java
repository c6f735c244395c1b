package vn.kyluat.analytics.metrics;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.kyluat.analytics.intermediate.QuarterRange;
import vn.kyluat.contract.Mart;

/**
 * The task-quarter facts a unit answers for: those it holds at qe, keyed by (q, org_code). The metric
 * families over them (timeliness, backlog, late delays, urgent matters) define their counts and values as
 * columns, and each kind is taken here in one pass: every pass scans all the cached facts, and the families
 * count the same rows by the same key.
 */
public final class HolderFacts {
    private HolderFacts() {}

    /**
     * {@code counts}: aggregate columns, each counting its own population ({@code count_if} of a condition).
     * Result: (q, org_code, every count), one row per unit holding any task at qe.
     */
    @SafeVarargs
    public static Dataset<Row> counts(Dataset<Row> facts, List<Column>... counts) {
        List<Column> all = new ArrayList<>();
        for (List<Column> group : counts) {
            all.addAll(group);
        }
        return heldAtQuarterEnd(facts)
                .groupBy(col(QuarterRange.Q), col(Mart.ORG_CODE))
                .agg(all.get(0), all.subList(1, all.size()).toArray(Column[]::new));
    }

    /**
     * {@code values}: named task-level value columns, null where a task has none. Result: (q, org_code, every
     * value), one row per task held at qe with at least one value.
     */
    public static Dataset<Row> values(Dataset<Row> facts, Column... values) {
        Column anyValue =
                Stream.of(values).map(Column::isNotNull).reduce(Column::or).orElseThrow();
        return heldAtQuarterEnd(facts)
                .select(Stream.concat(Stream.of(col(QuarterRange.Q), col(Mart.ORG_CODE)), Stream.of(values))
                        .toArray(Column[]::new))
                .filter(anyValue);
    }

    /** Rows of tasks held by some unit at qe, with org_code = that holder. */
    private static Dataset<Row> heldAtQuarterEnd(Dataset<Row> facts) {
        return facts.filter(col(Mart.HOLDER_ORG_CODE).isNotNull()).withColumn(Mart.ORG_CODE, col(Mart.HOLDER_ORG_CODE));
    }
}

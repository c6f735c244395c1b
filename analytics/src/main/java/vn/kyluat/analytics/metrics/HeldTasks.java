package vn.kyluat.analytics.metrics;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.kyluat.analytics.intermediate.QuarterRange;
import vn.kyluat.contract.Mart;

/**
 * The tasks a unit held during a quarter: one row per task and unit that held it open at some instant
 * in [qs, qe), however often it came back, with the task's authority. Buck-passing counts them all
 * (held_tasks) and avoided decisions those the unit may decide itself (within_authority_held); each
 * family defines its count as a column, and both are taken here in one aggregation, as {@link
 * HolderFacts} does for the facts held at qe.
 */
public final class HeldTasks {
    private HeldTasks() {}

    /**
     * {@code heldTasks}: (q, org_code, authority), one row per task and unit that held it in q; {@code counts}:
     * aggregate columns. Result: (q, org_code, every count), one row per unit that held any task in q.
     */
    @SafeVarargs
    public static Dataset<Row> counts(Dataset<Row> heldTasks, List<Column>... counts) {
        List<Column> all = new ArrayList<>();
        for (List<Column> group : counts) {
            all.addAll(group);
        }
        return heldTasks
                .groupBy(col(QuarterRange.Q), col(Mart.ORG_CODE))
                .agg(all.get(0), all.subList(1, all.size()).toArray(Column[]::new));
    }
}

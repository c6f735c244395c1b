package vn.kyluat.analytics.metrics;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_sub;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.kyluat.analytics.intermediate.QuarterRange;
import vn.kyluat.contract.Relation;

/**
 * The staff rows valid on each computed quarter's last day (valid_from and valid_to both inclusive):
 * who counts as a member, who heads a unit and where a person stands at quarter end.
 */
public final class StaffOnLastDay {
    private StaffOnLastDay() {}

    /** {@code quarters}: one row per computed quarter (q, qe). Result: the staff columns and q, per valid row. */
    public static Dataset<Row> of(Dataset<Row> staff, Dataset<Row> quarters) {
        Column lastDay = date_sub(col(QuarterRange.QE), 1);
        return staff.crossJoin(broadcast(quarters.select(QuarterRange.Q, QuarterRange.QE)))
                .filter(col(Relation.VALID_FROM)
                        .leq(lastDay)
                        .and(col(Relation.VALID_TO)
                                .isNull()
                                .or(col(Relation.VALID_TO).geq(lastDay))))
                .drop(QuarterRange.QE);
    }
}

package vn.kyluat.analytics.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.min;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * head_person_code of org_quarter_metrics: the person of the staff row with role head valid in the
 * unit on the quarter's last day, the smallest code when several (two registries, or a hand-over
 * recorded with overlapping dates); a unit without one gets no row.
 */
public final class UnitHeads {
    public static final String HEAD_PERSON_CODE = "head_person_code";
    static final String HEAD = "head";

    private UnitHeads() {}

    /** {@code staffOnLastDay}: from {@link StaffOnLastDay}. Result: (q, org_code, head_person_code). */
    public static Dataset<Row> of(Dataset<Row> staffOnLastDay) {
        return staffOnLastDay
                .filter(col("role").equalTo(HEAD))
                .groupBy(col("q"), col("org_code"))
                .agg(min(col("person_code")).as(HEAD_PERSON_CODE));
    }
}

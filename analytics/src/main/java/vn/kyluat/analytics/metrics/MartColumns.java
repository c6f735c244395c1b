package vn.kyluat.analytics.metrics;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;
import vn.kyluat.contract.Mart;

/** The last step of every mart: exactly its contract's columns, in their order. */
public final class MartColumns {
    private MartColumns() {}

    public static Column[] of(Mart mart) {
        return mart.columns().stream().map(functions::col).toArray(Column[]::new);
    }
}

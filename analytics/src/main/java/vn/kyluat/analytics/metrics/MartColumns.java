package vn.kyluat.analytics.metrics;

import static org.apache.spark.sql.functions.broadcast;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import vn.kyluat.contract.Mart;

/** The last steps of every mart: the names of the units it lists, then exactly its contract's columns, in order. */
public final class MartColumns {
    private MartColumns() {}

    /**
     * {@code rows} with the column {@code name} beside their unit code {@code code} (null when the registry does
     * not know the code). {@code orgNames}: (org_code, org_name), small enough to broadcast.
     */
    public static Dataset<Row> withOrgName(Dataset<Row> rows, Dataset<Row> orgNames, String code, String name) {
        return rows.join(
                broadcast(orgNames.withColumnRenamed(Mart.ORG_CODE, code).withColumnRenamed(Mart.ORG_NAME, name)),
                new String[] {code},
                "left");
    }

    public static Column[] of(Mart mart) {
        return mart.columns().stream().map(functions::col).toArray(Column[]::new);
    }
}

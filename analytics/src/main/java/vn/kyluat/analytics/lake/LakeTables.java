package vn.kyluat.analytics.lake;

import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.kyluat.contract.Relation;

/**
 * The published lake as Spark Datasets, one per relation of the contract: {@code source_id} then
 * the relation's columns (timestamps as UTC instants, dates as dates), every source's published
 * version unioned. A relation no source delivers is an empty Dataset with the same schema.
 */
public record LakeTables(Map<Relation, Dataset<Row>> tables) {

    public LakeTables {
        for (Relation relation : Relation.values()) {
            if (!tables.containsKey(relation)) {
                throw new IllegalArgumentException("lake tables lack " + relation.tableName());
            }
        }
        tables = Map.copyOf(tables);
    }

    public Dataset<Row> get(Relation relation) {
        return tables.get(relation);
    }
}

package vn.kyluat.analytics.lake;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import vn.kyluat.contract.Column;
import vn.kyluat.contract.ColumnType;
import vn.kyluat.contract.LakeLayout;
import vn.kyluat.contract.Relation;

/** The Spark schemas of the lake's datasets, derived from the contract. */
public final class LakeSchema {
    private LakeSchema() {}

    /**
     * {@code source_id} then the relation's columns, as {@link LakeTables} holds them;
     * every field nullable, as Spark reads Parquet (required columns are checked by the etl stage).
     */
    public static StructType of(Relation relation) {
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField(Relation.SOURCE_ID, DataTypes.StringType, true));
        for (Column column : relation.columns()) {
            fields.add(DataTypes.createStructField(column.name(), sparkType(column.type()), true));
        }
        return DataTypes.createStructType(fields);
    }

    /** {@link LakeLayout#REJECT_COLUMNS}: all text but {@code rejected_at}, an instant. */
    public static StructType rejects() {
        return DataTypes.createStructType(LakeLayout.REJECT_COLUMNS.stream()
                .map(name -> DataTypes.createStructField(
                        name,
                        name.equals(LakeLayout.REJECTED_AT) ? DataTypes.TimestampType : DataTypes.StringType,
                        true))
                .toList());
    }

    public static DataType sparkType(ColumnType type) {
        return switch (type) {
            case TEXT -> DataTypes.StringType;
            case DATE -> DataTypes.DateType;
            case TIMESTAMP -> DataTypes.TimestampType;
            case BIGINT -> DataTypes.LongType;
            case BOOLEAN -> DataTypes.BooleanType;
        };
    }
}

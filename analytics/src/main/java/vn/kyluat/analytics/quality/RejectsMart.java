package vn.kyluat.analytics.quality;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import vn.kyluat.contract.LakeLayout;
import vn.kyluat.contract.Mart;
import vn.kyluat.contract.RejectRedaction;
import vn.kyluat.contract.Relation;
import vn.kyluat.contract.manifest.RunManifest;

/**
 * The mart {@code rejects}: the rejected records of the runs that finished (wrote a manifest), with
 * every personal value masked ({@link RejectRedaction}): board outputs and the warehouse read this
 * mart, so it never carries who a rejected record was about. The lake's own rejects, for the data
 * officer, keep the values.
 */
public final class RejectsMart {
    private static final String[] MASKED = {LakeLayout.RECORD_KEY, LakeLayout.DETAIL, LakeLayout.RAW_VALUES};

    /** The struct of the masked values, while they replace the raw ones. */
    private static final String REDACTED_VALUES = "redacted";

    private static final UserDefinedFunction REDACTED = udf(
            (UDF3<String, String, String, Row>) (recordKey, detail, rawValues) -> {
                RejectRedaction.Shown shown = RejectRedaction.of(recordKey, detail, rawValues);
                return RowFactory.create(shown.recordKey(), shown.detail(), shown.rawValues());
            },
            new StructType()
                    .add(MASKED[0], DataTypes.StringType)
                    .add(MASKED[1], DataTypes.StringType)
                    .add(MASKED[2], DataTypes.StringType));

    private RejectsMart() {}

    public static Dataset<Row> of(Dataset<Row> rejects, List<RunManifest> runs) {
        Object[] finishedRuns = runs.stream().map(RunManifest::runId).toArray();
        Dataset<Row> redacted = rejects.where(col(LakeLayout.RUN_ID).isin(finishedRuns))
                .withColumn(REDACTED_VALUES, REDACTED.apply(col(MASKED[0]), col(MASKED[1]), col(MASKED[2])));
        // Masked keys are numbered (in the order of the keys they hide) so that the mart's grain
        // (run, source, relation, key, rule) stays a key: two persons' rejects of one rule differ.
        Column maskedKey = col(REDACTED_VALUES + "." + MASKED[0]);
        WindowSpec sameMask = Window.partitionBy(
                        col(LakeLayout.RUN_ID),
                        col(Relation.SOURCE_ID),
                        col(LakeLayout.RELATION),
                        col(LakeLayout.RULE),
                        maskedKey)
                .orderBy(col(MASKED[0]), col(MASKED[2]));
        Column numberedKey = when(maskedKey.equalTo(col(MASKED[0])), maskedKey)
                .otherwise(
                        concat(maskedKey, lit(" "), row_number().over(sameMask).cast(DataTypes.StringType)));
        redacted = redacted.withColumn(MASKED[0], numberedKey);
        for (String column : List.of(MASKED[1], MASKED[2])) {
            redacted = redacted.withColumn(column, col(REDACTED_VALUES + "." + column));
        }
        return redacted.select(Mart.REJECTS.columns().stream().map(c -> col(c)).toArray(Column[]::new));
    }
}

package vn.kyluat.analytics.quality;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import vn.kyluat.contract.Mart;
import vn.kyluat.contract.RejectRule;
import vn.kyluat.contract.manifest.RelationReport;
import vn.kyluat.contract.manifest.RunManifest;
import vn.kyluat.contract.manifest.SourceReport;

/**
 * The mart {@code data_quality} from the run manifests: one row per run, source and relation
 * (read = accepted + rejected, then one count per reject rule, 0 when the manifest names none),
 * and one more row per failed source with its error and no relation and no counts.
 */
public final class DataQualityMart {
    private static final int FIRST_COUNT = Mart.DATA_QUALITY.columns().indexOf(Mart.READ);

    /** The columns of {@link Mart#DATA_QUALITY}: started_at an instant, the counts longs, the rest text. */
    public static final StructType SCHEMA = DataTypes.createStructType(Mart.DATA_QUALITY.columns().stream()
            .map(name -> DataTypes.createStructField(name, typeOf(name), true))
            .toList());

    private DataQualityMart() {}

    public static Dataset<Row> of(SparkSession spark, List<RunManifest> runs) {
        return spark.createDataFrame(rows(runs), SCHEMA);
    }

    /** The mart's rows, in the order of the runs, their sources and relations. */
    public static List<Row> rows(List<RunManifest> runs) {
        List<Row> rows = new ArrayList<>();
        for (RunManifest run : runs) {
            for (SourceReport source : run.sources()) {
                for (RelationReport relation : source.relations()) {
                    rows.add(row(run, source, relation));
                }
                if (source.failed()) {
                    rows.add(row(run, source, null));
                }
            }
        }
        return rows;
    }

    private static Row row(RunManifest run, SourceReport source, RelationReport relation) {
        List<Object> values =
                new ArrayList<>(List.of(run.runId(), run.started(), run.status(), source.sourceId(), source.status()));
        values.add(source.error());
        values.add(relation == null ? null : relation.relation());
        values.add(relation == null ? null : relation.mode());
        values.add(relation == null ? null : relation.read());
        values.add(relation == null ? null : relation.accepted());
        values.add(relation == null ? null : relation.rejected());
        for (RejectRule rule : RejectRule.values()) {
            values.add(relation == null ? null : relation.rejectedByRule().getOrDefault(rule.code(), 0L));
        }
        return RowFactory.create(values.toArray());
    }

    private static DataType typeOf(String column) {
        if (column.equals(Mart.STARTED_AT)) {
            return DataTypes.TimestampType;
        }
        return Mart.DATA_QUALITY.columns().indexOf(column) >= FIRST_COUNT ? DataTypes.LongType : DataTypes.StringType;
    }
}

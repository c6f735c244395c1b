package vn.kyluat.analytics.intermediate;

import static org.apache.spark.sql.functions.col;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import vn.kyluat.analytics.staging.LocalTimes;
import vn.kyluat.contract.Mart;
import vn.kyluat.contract.Quarter;
import vn.kyluat.contract.Relation;

/**
 * The one shared piece behind both scopes (docs/metrics.md): per quarter, the tree valid on the
 * quarter's last day. {@link #closure} maps every registry code (dissolved units too, through their
 * successors) to the valid units its facts count under: {@code own} = the unit standing for it,
 * {@code subtree} = that unit and each of its ancestors. {@link #orgRows} are the units that get rows;
 * {@link #orgTree} is mart org_tree, every unit founded by the quarter's end and the unit it counts under.
 */
public record OrgClosure(Dataset<Row> closure, Dataset<Row> orgRows, Dataset<Row> orgTree) {

    /** The closure's column of the unit a registry code's facts count under (in the row's scope). */
    public static final String ANCESTOR_CODE = "ancestor_code";

    private static final StructType CLOSURE_SCHEMA = new StructType()
            .add(QuarterRange.Q, DataTypes.IntegerType, false)
            .add(Mart.ORG_CODE, DataTypes.StringType, false)
            .add(ANCESTOR_CODE, DataTypes.StringType, false)
            .add(Mart.SCOPE, DataTypes.StringType, false);

    private static final StructType ORG_ROW_SCHEMA = new StructType()
            .add(QuarterRange.Q, DataTypes.IntegerType, false)
            .add(Mart.ORG_CODE, DataTypes.StringType, false)
            .add(Mart.ORG_NAME, DataTypes.StringType, true)
            .add(Mart.ORG_KIND, DataTypes.StringType, true)
            .add(Mart.PARENT_CODE, DataTypes.StringType, true);

    /** Mart org_tree's columns, its dates as ISO text (cast below, whatever the session's date classes). */
    private static final StructType ORG_TREE_SCHEMA = new StructType()
            .add(Mart.QUARTER, DataTypes.StringType, false)
            .add(Mart.ORG_CODE, DataTypes.StringType, false)
            .add(Mart.ORG_NAME, DataTypes.StringType, true)
            .add(Mart.ORG_KIND, DataTypes.StringType, true)
            .add(Mart.PARENT_CODE, DataTypes.StringType, true)
            .add(Mart.VALID_FROM, DataTypes.StringType, true)
            .add(Mart.VALID_TO, DataTypes.StringType, true)
            .add(Mart.SUCCESSOR_CODE, DataTypes.StringType, true)
            .add(Mart.COUNTED_UNDER_CODE, DataTypes.StringType, true);

    public static OrgClosure build(Dataset<Row> orgUnit, QuarterRange range) {
        List<OrgUnit> units = collectUnits(orgUnit);
        List<Row> closureRows = new ArrayList<>();
        List<Row> orgRows = new ArrayList<>();
        List<Row> treeRows = new ArrayList<>();
        for (Quarter quarter : range.quarters()) {
            int q = LocalTimes.quarterIndex(quarter);
            OrgTreeOnDay tree = new OrgTreeOnDay(units, quarter.lastDay());
            for (Map.Entry<String, List<OrgUnit>> entry : tree.closure().entrySet()) {
                List<OrgUnit> chain = entry.getValue();
                closureRows.add(
                        RowFactory.create(q, entry.getKey(), chain.get(0).code(), Mart.SCOPE_OWN));
                chain.forEach(a -> closureRows.add(RowFactory.create(q, entry.getKey(), a.code(), Mart.SCOPE_SUBTREE)));
            }
            for (OrgUnit unit : tree.validUnits()) {
                String parent = tree.parent(unit).map(OrgUnit::code).orElse(null);
                orgRows.add(RowFactory.create(q, unit.code(), unit.name(), unit.kind(), parent));
            }
            for (OrgUnit unit : tree.foundedUnits()) {
                treeRows.add(treeRow(quarter, tree, unit));
            }
        }
        SparkSession spark = orgUnit.sparkSession();
        Dataset<Row> orgTree = spark.createDataFrame(treeRows, ORG_TREE_SCHEMA)
                .withColumn(Mart.VALID_FROM, col(Mart.VALID_FROM).cast("date"))
                .withColumn(Mart.VALID_TO, col(Mart.VALID_TO).cast("date"));
        return new OrgClosure(
                spark.createDataFrame(closureRows, CLOSURE_SCHEMA),
                spark.createDataFrame(orgRows, ORG_ROW_SCHEMA),
                orgTree);
    }

    /** A row of mart org_tree: the unit, its parent in the tree of the quarter's last day, and who stands for it then. */
    private static Row treeRow(Quarter quarter, OrgTreeOnDay tree, OrgUnit unit) {
        return RowFactory.create(
                quarter.toString(),
                unit.code(),
                unit.name(),
                unit.kind(),
                tree.parent(unit).map(OrgUnit::code).orElse(null),
                unit.validFrom().toString(),
                unit.validTo() == null ? null : unit.validTo().toString(),
                unit.successorCode(),
                tree.resolve(unit.code()).map(OrgUnit::code).orElse(null));
    }

    /** Registry rows, ordered by source so that a code delivered twice resolves the same way every run. */
    private static List<OrgUnit> collectUnits(Dataset<Row> orgUnit) {
        return orgUnit
                .orderBy(col(Relation.SOURCE_ID), col(Relation.ORG_CODE))
                .select(
                        col(Relation.ORG_CODE),
                        col(Relation.NAME),
                        col(Relation.PARENT_CODE),
                        col(Relation.KIND),
                        col(Relation.VALID_FROM).cast("string"),
                        col(Relation.VALID_TO).cast("string"),
                        col(Relation.SUCCESSOR_CODE))
                .collectAsList()
                .stream()
                .map(r -> new OrgUnit(
                        r.getString(0),
                        r.getString(1),
                        r.getString(2),
                        r.getString(3),
                        LocalDate.parse(r.getString(4)),
                        r.isNullAt(5) ? null : LocalDate.parse(r.getString(5)),
                        r.getString(6)))
                .toList();
    }
}

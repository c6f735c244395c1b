package vn.kyluat.analytics.peers;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import vn.kyluat.analytics.SparkTestSession;
import vn.kyluat.contract.Metric;

/** Hand-made rows of org_quarter_metrics as the peer steps see them: subtree rows of party cells under G. */
final class PeerRows {
    private static final StructType SCHEMA = new StructType()
            .add("q", DataTypes.IntegerType)
            .add("org_code", DataTypes.StringType)
            .add("scope", DataTypes.StringType)
            .add("parent_code", DataTypes.StringType)
            .add("org_kind", DataTypes.StringType)
            .add(Metric.TASKS_DUE.column(), DataTypes.LongType)
            .add(Metric.DONE_ON_TIME.column(), DataTypes.LongType)
            .add(Metric.ON_TIME_RATE.column(), DataTypes.DoubleType)
            .add(Metric.BACKLOG_OVER_180.column(), DataTypes.LongType)
            .add(Metric.RESPONSIBILITY_INDEX.column(), DataTypes.DoubleType);

    private final List<Row> rows = new ArrayList<>();

    /** A party cell under G with done_on_time of tasks_due in quarter index q. */
    PeerRows cell(int q, String org, long done, long due) {
        return row(q, org, "G", done, due, 0, null);
    }

    PeerRows row(int q, String org, String parent, long done, long due, long backlogOver180, Double index) {
        rows.add(RowFactory.create(
                q,
                org,
                "subtree",
                parent,
                "party_cell",
                due,
                done,
                due == 0 ? null : (double) done / due,
                backlogOver180,
                index));
        return this;
    }

    Dataset<Row> dataset() {
        return SparkTestSession.get().createDataFrame(rows, SCHEMA);
    }
}

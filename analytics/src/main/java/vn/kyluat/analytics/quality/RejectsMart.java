package vn.kyluat.analytics.quality;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.kyluat.analytics.lake.RunManifest;
import vn.kyluat.contract.Mart;

/** The mart {@code rejects}: the rejected records of the runs that finished (wrote a manifest). */
public final class RejectsMart {
  private RejectsMart() {}

  public static Dataset<Row> of(Dataset<Row> rejects, List<RunManifest> runs) {
    Object[] finishedRuns = runs.stream().map(RunManifest::runId).toArray();
    return rejects
        .where(col("run_id").isin(finishedRuns))
        .select(Mart.REJECTS.columns().stream().map(c -> col(c)).toArray(Column[]::new));
  }
}

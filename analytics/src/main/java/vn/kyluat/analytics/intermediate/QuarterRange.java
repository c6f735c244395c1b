package vn.kyluat.analytics.intermediate;

import static org.apache.spark.sql.functions.col;
import static vn.kyluat.analytics.staging.LocalTimes.quarterEnd;
import static vn.kyluat.analytics.staging.LocalTimes.quarterIndex;
import static vn.kyluat.analytics.staging.LocalTimes.quarterStart;

import java.io.Serializable;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import vn.kyluat.analytics.staging.LocalTimes;
import vn.kyluat.contract.Mart;
import vn.kyluat.contract.Quarter;

/** The consecutive quarters to compute, as quarter indexes {@code first..last} (see {@link LocalTimes}). */
public record QuarterRange(int first, int last) implements Serializable {
    /**
     * The columns of {@link #toDataset}, which every intermediate dataset keys its quarter by: q (the quarter's
     * index), qs and qe (its first day and the day after its last, local dates).
     */
    public static final String Q = "q";

    public static final String QS = "qs";
    public static final String QE = "qe";

    public QuarterRange {
        if (first > last) {
            throw new IllegalArgumentException("empty quarter range " + first + ".." + last);
        }
    }

    public static QuarterRange of(List<Quarter> quarters) {
        for (int i = 1; i < quarters.size(); i++) {
            if (!quarters.get(i).equals(quarters.get(i - 1).next())) {
                throw new IllegalArgumentException("quarters must be consecutive and in order: " + quarters);
            }
        }
        return new QuarterRange(quarterIndex(quarters.get(0)), quarterIndex(quarters.get(quarters.size() - 1)));
    }

    public Column contains(Column quarterIndex) {
        return quarterIndex.between(first, last);
    }

    /** One row per quarter: q (index), quarter (name), qs, qe (dates). */
    public Dataset<Row> toDataset(SparkSession spark) {
        return spark.range(first, last + 1L)
                .select(col("id").cast("int").as(Q))
                .select(
                        col(Q),
                        LocalTimes.quarterName(col(Q)).as(Mart.QUARTER),
                        quarterStart(col(Q)).as(QS),
                        quarterEnd(col(Q)).as(QE));
    }

    /** All quarters, for small dimension tables built on the driver. */
    public List<Quarter> quarters() {
        return Quarter.range(Quarter.ofIndex(first), Quarter.ofIndex(last));
    }
}

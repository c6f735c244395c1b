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
import vn.kyluat.contract.Quarter;

/** The consecutive quarters to compute, as quarter indexes {@code first..last} (see {@link LocalTimes}). */
public record QuarterRange(int first, int last) implements Serializable {

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
                .select(col("id").cast("int").as("q"))
                .select(
                        col("q"),
                        LocalTimes.quarterName(col("q")).as("quarter"),
                        quarterStart(col("q")).as("qs"),
                        quarterEnd(col("q")).as("qe"));
    }

    /** All quarters, for small dimension tables built on the driver. */
    public List<Quarter> quarters() {
        return Quarter.range(Quarter.ofIndex(first), Quarter.ofIndex(last));
    }
}

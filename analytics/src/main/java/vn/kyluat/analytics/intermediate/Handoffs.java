package vn.kyluat.analytics.intermediate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.try_element_at;
import static org.apache.spark.sql.functions.lit;
import static vn.kyluat.analytics.staging.LocalTimes.localDate;
import static vn.kyluat.analytics.staging.LocalTimes.quarterIndex;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Every transfer and return (DESIGN.md {@code handoffs}): who handed the task on, when, and
 * {@code came_back_q}, the quarter in which the task was next handed back to that unit (null if
 * never). Events of a task cancelled before the end of their quarter are left out (METRICS.md §3).
 */
public final class Handoffs {
  private Handoffs() {}

  public static Dataset<Row> build(Dataset<Row> histories, QuarterRange range) {
    Dataset<Row> handoffs = histories
        .select(col("cancelled_q"), col("holder_changes"), posexplode(col("holder_changes")).as(new String[] {"pos", "h"}));
    Column comingBack = filter(col("holder_changes"), (x, j) -> j.gt(col("pos"))
        .and(x.getField("to_org_code").equalTo(col("h").getField("from_org_code"))));
    return handoffs
        .select(
            col("h.event_type").as("event_type"),
            col("h.from_org_code").as("from_org_code"),
            col("h.occurred_q").as("q"),
            quarterIndex(localDate(try_element_at(comingBack, lit(1)).getField("occurred_lus"))).as("came_back_q"),
            col("cancelled_q"))
        .filter(range.contains(col("q")).and(col("cancelled_q").isNull().or(col("cancelled_q").gt(col("q")))))
        .drop("cancelled_q");
  }
}

package vn.kyluat.analytics.intermediate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Every transfer and return of a quarter (DESIGN.md {@code handoffs}), one row each: event_type,
 * from_org_code, q, and came_back_q, the quarter in which the task was next handed back to that unit
 * (null if never). Taken from the task-quarter facts, so the events of a task cancelled before qe
 * are already left out (METRICS.md §3).
 */
public final class Handoffs {
  private Handoffs() {}

  public static Dataset<Row> fromFacts(Dataset<Row> facts) {
    return facts
        .select(col("q"), explode(col("handoffs_in_q")).as("h"))
        .select(col("h.event_type").as("event_type"), col("h.from_org_code").as("from_org_code"), col("q"),
            col("h.came_back_q").as("came_back_q"));
  }
}

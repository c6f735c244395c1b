package vn.kyluat.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The marts the analytics stage publishes and the reports stage reads. Each is a Parquet dataset
 * under {@code <marts>/<name>/} and a CSV export at {@link #csvPath(String)} (UTF-8, header row,
 * comma, {@code .} decimals, empty field for null, deterministic row order).
 */
public enum Mart {
  /** One row per (quarter, org_code, scope): {@link #ORG_QUARTER_METRICS_COLUMNS}. */
  ORG_QUARTER_METRICS,
  /** One row per task and quarter in which the task exists: the drill-down behind every figure. */
  TASK_QUARTER_FACTS,
  /** Normalised origin_refs whose tasks name two or more different lead units, across sources. */
  OVERLAPPING_ASSIGNMENTS,
  /** Tasks assigned in a quarter without a lead unit, per source. */
  TASKS_WITHOUT_LEAD,
  /** Open tasks due within 14 days of the as-of date, per holder. */
  AT_RISK_TASKS,
  /** Per extraction run, source and relation: read, accepted, rejected (by rule). */
  DATA_QUALITY,
  /** The rejected records themselves, with source, relation, key, rule and raw values. */
  REJECTS;

  /** Version of METRICS.md's definitions that produced the figures; bump on any change of definition. */
  public static final String METRICS_VERSION = "1";

  public static final String QUARTER = "quarter";
  public static final String ORG_CODE = "org_code";
  public static final String SCOPE = "scope";
  public static final String SCOPE_OWN = "own";
  public static final String SCOPE_SUBTREE = "subtree";

  /** Identity and descriptive columns of org_quarter_metrics, before the metric columns. */
  public static final List<String> ORG_QUARTER_IDENTITY_COLUMNS =
      List.of(QUARTER, ORG_CODE, SCOPE, "org_name", "org_kind", "parent_code", "metrics_version");

  /** All columns of org_quarter_metrics and of its CSV export, in order. */
  public static final List<String> ORG_QUARTER_METRICS_COLUMNS = orgQuarterMetricsColumns();

  private static List<String> orgQuarterMetricsColumns() {
    List<String> columns = new ArrayList<>(ORG_QUARTER_IDENTITY_COLUMNS);
    for (Metric metric : Metric.values()) {
      columns.add(metric.column());
    }
    return List.copyOf(columns);
  }

  public String martName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The Parquet dataset's folder under the marts root. */
  public String datasetPath(String martsRoot) {
    return martsRoot + "/" + martName();
  }

  /** The CSV export under the marts root: {@code <marts>/csv/<name>.csv}. */
  public String csvPath(String martsRoot) {
    return martsRoot + "/csv/" + martName() + ".csv";
  }
}

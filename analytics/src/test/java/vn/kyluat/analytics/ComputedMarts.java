package vn.kyluat.analytics;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.kyluat.analytics.config.AnalyticsSettings;
import vn.kyluat.contract.Mart;
import vn.kyluat.contract.Metric;
import vn.kyluat.contract.Quarter;

/** The marts of a tiny lake, collected for assertions: figures looked up by quarter, unit and scope. */
public final class ComputedMarts {
    private final MetricsMarts marts;
    private final Map<String, Row> orgRows = new HashMap<>();

    private ComputedMarts(MetricsMarts marts) {
        this.marts = marts;
        for (Row row : marts.orgQuarterMetrics().collectAsList()) {
            orgRows.put(key(row.getAs(Mart.QUARTER), row.getAs(Mart.ORG_CODE), row.getAs(Mart.SCOPE)), row);
        }
    }

    public static ComputedMarts of(LakeBuilder lake, String... quarters) {
        return of(
                lake,
                AnalyticsSettings.defaults(
                        Arrays.stream(quarters).map(Quarter::parse).toList()));
    }

    public static ComputedMarts of(LakeBuilder lake, AnalyticsSettings settings) {
        return new ComputedMarts(MetricsPipeline.compute(lake.build(), settings));
    }

    public MetricsMarts marts() {
        return marts;
    }

    /** The figure of {@code org}'s own row. */
    public Object own(String quarter, String org, Metric metric) {
        return row(quarter, org, Mart.SCOPE_OWN).getAs(metric.column());
    }

    /** The figure of {@code org}'s subtree row. */
    public Object subtree(String quarter, String org, Metric metric) {
        return row(quarter, org, Mart.SCOPE_SUBTREE).getAs(metric.column());
    }

    public boolean hasRow(String quarter, String org) {
        return orgRows.containsKey(key(quarter, org, Mart.SCOPE_OWN));
    }

    public Row row(String quarter, String org, String scope) {
        Row row = orgRows.get(key(quarter, org, scope));
        if (row == null) {
            throw new AssertionError(
                    "no org_quarter_metrics row for " + key(quarter, org, scope) + "; rows: " + orgRows.keySet());
        }
        return row;
    }

    public static List<Row> collect(Dataset<Row> dataset, String... orderBy) {
        return dataset.orderBy(orderBy[0], Arrays.copyOfRange(orderBy, 1, orderBy.length))
                .collectAsList();
    }

    private static String key(String quarter, String org, String scope) {
        return quarter + "/" + org + "/" + scope;
    }
}

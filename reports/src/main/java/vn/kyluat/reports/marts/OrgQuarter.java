package vn.kyluat.reports.marts;

import java.util.EnumMap;
import java.util.Map;
import vn.kyluat.contract.Mart;
import vn.kyluat.contract.Metric;
import vn.kyluat.contract.Quarter;

/**
 * One row of {@code org_quarter_metrics}: an organisation's figures for one quarter and scope,
 * each metric typed by its {@link vn.kyluat.contract.MetricKind} (null when the mart left it empty).
 */
public record OrgQuarter(
        Quarter quarter,
        String orgCode,
        String scope,
        String orgName,
        OrgKind orgKind,
        String parentCode,
        String metricsVersion,
        Map<Metric, Object> metrics) {

    public static OrgQuarter of(MartRow row) {
        Map<Metric, Object> metrics = new EnumMap<>(Metric.class);
        for (Metric metric : Metric.values()) {
            Object value = MetricValues.parse(metric, row.get(metric.column()));
            if (value != null) {
                metrics.put(metric, value);
            }
        }
        return new OrgQuarter(
                Quarter.parse(row.get(Mart.QUARTER)),
                row.get(Mart.ORG_CODE),
                row.get(Mart.SCOPE),
                row.get(Mart.ORG_NAME),
                OrgKind.fromCode(row.get(Mart.ORG_KIND)),
                row.get(Mart.PARENT_CODE),
                row.get(Mart.METRICS_VERSION_COLUMN),
                metrics);
    }

    public boolean isSubtree() {
        return Mart.SCOPE_SUBTREE.equals(scope);
    }

    public Object value(Metric metric) {
        return metrics.get(metric);
    }

    public Double number(Metric metric) {
        Object value = metrics.get(metric);
        return value == null ? null : ((Number) value).doubleValue();
    }

    public long count(Metric metric) {
        Object value = metrics.get(metric);
        return value == null ? 0 : ((Number) value).longValue();
    }

    public boolean watch() {
        return Boolean.TRUE.equals(metrics.get(Metric.WATCH));
    }

    /** The aged backlog ({@link Metric#AGED_BACKLOG}): tasks overdue by more than 90 days. */
    public long backlogOver90() {
        return Metric.AGED_BACKLOG.stream().mapToLong(this::count).sum();
    }

    /** "C01 – Chi bộ Văn phòng": how an organisation is named in tables and charts. */
    public String displayName() {
        return orgName == null ? orgCode : orgCode + " – " + orgName;
    }
}

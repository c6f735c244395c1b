package vn.kyluat.reports.charts;

import java.util.List;
import java.util.function.Function;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import vn.kyluat.contract.Mart;
import vn.kyluat.contract.Metric;
import vn.kyluat.contract.Quarter;
import vn.kyluat.reports.datasets.Funnel;
import vn.kyluat.reports.datasets.HeatMap;
import vn.kyluat.reports.datasets.RankItem;
import vn.kyluat.reports.datasets.TrendLine;
import vn.kyluat.reports.marts.DisciplineCount;
import vn.kyluat.reports.marts.OrgQuarter;

/** Pure conversions of the report's datasets into JFreeChart datasets; no styling here. */
public final class ChartDatasets {
    private ChartDatasets() {}

    /**
     * Three series over the quarters plus the projected one: the actual values, the projection (a
     * segment from the last known value to the projected quarter) and the target, when set.
     */
    public static DefaultCategoryDataset trend(
            TrendLine trend, Function<Quarter, String> quarterLabel, String actual, String projection, String target) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<Quarter> quarters = trend.quarters();
        for (int i = 0; i < quarters.size(); i++) {
            dataset.addValue(trend.values().get(i), actual, quarterLabel.apply(quarters.get(i)));
        }
        String next = quarterLabel.apply(trend.projectedQuarter());
        dataset.addValue(null, actual, next);
        if (trend.projected().isPresent()) {
            for (int i = 0; i < quarters.size() - 1; i++) {
                dataset.addValue(null, projection, quarterLabel.apply(quarters.get(i)));
            }
            dataset.addValue(
                    trend.values().get(quarters.size() - 1),
                    projection,
                    quarterLabel.apply(quarters.get(quarters.size() - 1)));
            dataset.addValue(trend.projected().getAsDouble(), projection, next);
        }
        if (trend.target() != null) {
            quarters.forEach(q -> dataset.addValue(trend.target(), target, quarterLabel.apply(q)));
            dataset.addValue(trend.target(), target, next);
        }
        return dataset;
    }

    /** Units at x = 0, 1, … (top to bottom once the plot is turned), y = the index they are ranked by. */
    public static XYSeriesCollection ranking(List<RankItem> items, String unitsKey, String pooledKey) {
        XYSeries units = new XYSeries(unitsKey, false);
        XYSeries pooled = new XYSeries(pooledKey, false);
        for (int y = 0; y < items.size(); y++) {
            RankItem item = items.get(y);
            if (item.index() != null) {
                (item.isPooled() ? pooled : units).add(y, item.index());
            }
        }
        XYSeriesCollection dataset = new XYSeriesCollection();
        dataset.addSeries(units);
        dataset.addSeries(pooled);
        return dataset;
    }

    /** Points by where they lie against the band drawn for them: within, below, above. */
    public static XYSeriesCollection funnelPoints(Funnel funnel, String within, String below, String above) {
        XYSeries in = new XYSeries(within, false);
        XYSeries low = new XYSeries(below, false);
        XYSeries high = new XYSeries(above, false);
        for (Funnel.Point p : funnel.points()) {
            XYSeries target = switch (p.verdict()) {
                case BELOW -> low;
                case ABOVE -> high;
                case WITHIN -> in;
            };
            target.add((double) p.tasksDue(), p.onTimeRate());
        }
        XYSeriesCollection dataset = new XYSeriesCollection();
        dataset.addSeries(in);
        dataset.addSeries(low);
        dataset.addSeries(high);
        return dataset;
    }

    /**
     * Each point's own peer-group band at its n: y = the group's pooled rate, from p − 3σ to p + 3σ.
     * Empty when all points share one group, whose funnel curves show the same limits.
     */
    public static XYIntervalSeriesCollection funnelBands(Funnel funnel, String key) {
        XYIntervalSeries bands = new XYIntervalSeries(key);
        for (Funnel.Point p : funnel.sharedPooledRate() == null ? funnel.points() : List.<Funnel.Point>of()) {
            double n = p.tasksDue();
            bands.add(n, n, n, p.pooledRate(), p.low3(), p.high3());
        }
        XYIntervalSeriesCollection dataset = new XYIntervalSeriesCollection();
        dataset.addSeries(bands);
        return dataset;
    }

    /** Series 0: the shared pooled rate; 1–2: the 2σ limits (low, high); 3–4: the 3σ limits. Empty without a shared group. */
    public static XYSeriesCollection funnelLimits(Funnel funnel, String pooled, String twoSigma, String threeSigma) {
        XYSeries p = new XYSeries(pooled, false);
        XYSeries low2 = new XYSeries(twoSigma, false);
        XYSeries high2 = new XYSeries(twoSigma + " ", false);
        XYSeries low3 = new XYSeries(threeSigma, false);
        XYSeries high3 = new XYSeries(threeSigma + " ", false);
        for (Funnel.Limit l : funnel.limits()) {
            p.add(l.n(), funnel.sharedPooledRate());
            low2.add(l.n(), l.low2());
            high2.add(l.n(), l.high2());
            low3.add(l.n(), l.low3());
            high3.add(l.n(), l.high3());
        }
        XYSeriesCollection dataset = new XYSeriesCollection();
        List.of(p, low2, high2, low3, high3).forEach(dataset::addSeries);
        return dataset;
    }

    /** x = quarter index, y = row index, z = value; unknown cells are left out. */
    public static DefaultXYZDataset heatMap(HeatMap map, String key) {
        int count = 0;
        for (Double[] row : map.values()) {
            for (Double v : row) {
                count += v == null ? 0 : 1;
            }
        }
        double[][] series = new double[3][count];
        int i = 0;
        for (int r = 0; r < map.rows().size(); r++) {
            for (int c = 0; c < map.quarters().size(); c++) {
                Double v = map.values()[r][c];
                if (v != null) {
                    series[0][i] = c;
                    series[1][i] = r;
                    series[2][i] = v;
                    i++;
                }
            }
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries(key, series);
        return dataset;
    }

    /** One series per backlog bucket (youngest first), one category per quarter. */
    public static DefaultCategoryDataset backlogAgeing(
            List<Quarter> quarters,
            List<OrgQuarter> rows,
            Function<Quarter, String> quarterLabel,
            Function<Metric, String> label) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<Metric> buckets =
                List.of(Metric.BACKLOG_1_30, Metric.BACKLOG_31_90, Metric.BACKLOG_91_180, Metric.BACKLOG_OVER_180);
        for (Metric bucket : buckets) {
            for (Quarter q : quarters) {
                Long value = rows.stream()
                        .filter(r -> r.quarter().equals(q))
                        .findFirst()
                        .map(r -> r.count(bucket))
                        .orElse(null);
                dataset.addValue(value, label.apply(bucket), quarterLabel.apply(q));
            }
        }
        return dataset;
    }

    /**
     * One series per discipline kind (the contract's order), one category per quarter: the actions of
     * that kind in the unit's subtree; 0 where the mart has no row (it lists only kinds with actions).
     */
    public static DefaultCategoryDataset disciplineByKind(
            List<Quarter> quarters,
            List<DisciplineCount> rows,
            String orgCode,
            Function<Quarter, String> quarterLabel,
            Function<String, String> kindLabel) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (String kind : Mart.DISCIPLINE_KINDS) {
            for (Quarter q : quarters) {
                long actions = rows.stream()
                        .filter(r -> r.isSubtree()
                                && r.orgCode().equals(orgCode)
                                && r.quarter().equals(q)
                                && r.kind().equals(kind))
                        .mapToLong(DisciplineCount::actions)
                        .sum();
                dataset.addValue((double) actions, kindLabel.apply(kind), quarterLabel.apply(q));
            }
        }
        return dataset;
    }
}

package vn.kyluat.reports.datasets;

import java.util.ArrayList;
import java.util.List;
import vn.kyluat.contract.Metric;
import vn.kyluat.contract.PeerStatistics;
import vn.kyluat.reports.marts.OrgQuarter;

/**
 * A funnel plot's data: each unit's on-time rate against its tasks due, judged against the 3σ band
 * of its own peer group, p ± 3·sqrt(p(1−p)/n), where p is the group's pooled rate as the mart gives
 * it ({@code peer_pooled_on_time_rate}), by contract's {@link PeerStatistics}, as analytics computes
 * the mart's {@code funnel_flag}. A point's verdict (its colour) is that flag, read from the mart,
 * never recomputed; the band drawn for a point is the band the flag was judged against. When every point shares one group, the funnel's curves (2σ and 3σ) are drawn as well.
 *
 * @param sharedPooledRate the one peer group's pooled rate; null when the points span several groups
 * @param limits the funnel curves around {@code sharedPooledRate}; empty when there is no shared group
 */
public record Funnel(List<Point> points, Double sharedPooledRate, List<Limit> limits) {

    public enum Verdict {
        WITHIN,
        BELOW,
        ABOVE
    }

    /** One unit with the 3σ band of its own peer group at its n, and the mart's funnel_flag as its verdict. */
    public record Point(
            String code,
            long tasksDue,
            double onTimeRate,
            double pooledRate,
            double low3,
            double high3,
            Verdict verdict) {}

    /** The four limit curves at one n: p − 3σ, p − 2σ, p + 2σ, p + 3σ, clamped to [0, 1]. */
    public record Limit(double n, double low3, double low2, double high2, double high3) {}

    /** Units without tasks due, an on-time rate or a peer group's pooled rate are left out. */
    public static Funnel of(List<OrgQuarter> units) {
        List<Point> points = units.stream()
                .filter(u -> u.count(Metric.TASKS_DUE) > 0
                        && u.number(Metric.ON_TIME_RATE) != null
                        && u.number(Metric.PEER_POOLED_ON_TIME_RATE) != null)
                .map(Funnel::point)
                .toList();
        List<Double> pooled = points.stream().map(Point::pooledRate).distinct().toList();
        if (pooled.size() != 1) {
            return new Funnel(points, null, List.of());
        }
        long maxN = points.stream().mapToLong(Point::tasksDue).max().orElse(0);
        return new Funnel(points, pooled.get(0), limits(pooled.get(0), maxN));
    }

    static Point point(OrgQuarter unit) {
        long n = unit.count(Metric.TASKS_DUE);
        double rate = unit.number(Metric.ON_TIME_RATE);
        double p = unit.number(Metric.PEER_POOLED_ON_TIME_RATE);
        double low = clamp(PeerStatistics.funnelLow(p, (double) n, PeerStatistics.FUNNEL_SIGMAS));
        double high = clamp(PeerStatistics.funnelHigh(p, (double) n, PeerStatistics.FUNNEL_SIGMAS));
        Object flag = unit.value(Metric.FUNNEL_FLAG);
        Verdict verdict = PeerStatistics.BELOW.equals(flag)
                ? Verdict.BELOW
                : PeerStatistics.ABOVE.equals(flag) ? Verdict.ABOVE : Verdict.WITHIN;
        return new Point(unit.orgCode(), n, rate, p, low, high, verdict);
    }

    /** Limits at n = 1 … maxN, denser where the funnel bends (small n). */
    static List<Limit> limits(double p, long maxN) {
        List<Limit> limits = new ArrayList<>();
        for (double n = 1; n < maxN * 1.05 + 1; n = Math.max(n + 1, n * 1.08)) {
            limits.add(new Limit(
                    n,
                    clamp(PeerStatistics.funnelLow(p, n, PeerStatistics.FUNNEL_SIGMAS)),
                    clamp(PeerStatistics.funnelLow(p, n, PeerStatistics.FUNNEL_WARNING_SIGMAS)),
                    clamp(PeerStatistics.funnelHigh(p, n, PeerStatistics.FUNNEL_WARNING_SIGMAS)),
                    clamp(PeerStatistics.funnelHigh(p, n, PeerStatistics.FUNNEL_SIGMAS))));
        }
        return limits;
    }

    /** The points outside their band, furthest first: the ones the chart labels. */
    public List<Point> outliers() {
        return points.stream()
                .filter(p -> p.verdict() != Verdict.WITHIN)
                .sorted(java.util.Comparator.comparingDouble(
                        (Point p) -> -Math.max(p.low3() - p.onTimeRate(), p.onTimeRate() - p.high3())))
                .toList();
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}

package vn.kyluat.reports.datasets;

import java.util.ArrayList;
import java.util.List;
import vn.kyluat.contract.Metric;
import vn.kyluat.reports.marts.OrgQuarter;

/**
 * A funnel plot's data: each unit's on-time rate against its tasks due, around the pooled rate p
 * with control limits p ± k·sqrt(p(1−p)/n) for k = 2 and 3. A small cell far from p may be chance;
 * a point outside the 3σ funnel is not.
 */
public record Funnel(List<Point> points, double pooledRate, List<Limit> limits) {

  public record Point(String code, long tasksDue, double onTimeRate, String flag) {}

  /** The four limit curves at one n: p − 3σ, p − 2σ, p + 2σ, p + 3σ, clamped to [0, 1]. */
  public record Limit(double n, double low3, double low2, double high2, double high3) {}

  /** Empty points and a NaN pooled rate when no unit has a task due. */
  public static Funnel of(List<OrgQuarter> units) {
    List<Point> points = units.stream()
        .filter(u -> u.count(Metric.TASKS_DUE) > 0 && u.number(Metric.ON_TIME_RATE) != null)
        .map(u -> new Point(u.orgCode(), u.count(Metric.TASKS_DUE), u.number(Metric.ON_TIME_RATE),
            (String) u.value(Metric.FUNNEL_FLAG)))
        .toList();
    long due = points.stream().mapToLong(Point::tasksDue).sum();
    long onTime = units.stream().filter(u -> u.count(Metric.TASKS_DUE) > 0).mapToLong(u -> u.count(Metric.DONE_ON_TIME)).sum();
    double p = due == 0 ? Double.NaN : (double) onTime / due;
    long maxN = points.stream().mapToLong(Point::tasksDue).max().orElse(0);
    return new Funnel(points, p, limits(p, maxN));
  }

  /** Limits at n = 1 … maxN, denser where the funnel bends (small n). */
  static List<Limit> limits(double p, long maxN) {
    List<Limit> limits = new ArrayList<>();
    if (Double.isNaN(p) || maxN < 1) {
      return limits;
    }
    for (double n = 1; n < maxN * 1.05 + 1; n = Math.max(n + 1, n * 1.08)) {
      double sigma = Math.sqrt(p * (1 - p) / n);
      limits.add(new Limit(n, clamp(p - 3 * sigma), clamp(p - 2 * sigma), clamp(p + 2 * sigma), clamp(p + 3 * sigma)));
    }
    return limits;
  }

  private static double clamp(double v) {
    return Math.max(0, Math.min(1, v));
  }
}

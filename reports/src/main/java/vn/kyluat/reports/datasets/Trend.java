package vn.kyluat.reports.datasets;

import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;
import vn.kyluat.contract.Quarter;
import vn.kyluat.reports.marts.OrgQuarter;

/**
 * One figure of one organisation over every quarter of the marts, with the projection of the
 * next quarter and, where one is set, the target.
 *
 * @param values one per quarter, null where the mart has no value
 * @param projected the projected value of {@code quarters.last().next()}, empty when unknown
 * @param target the target line (e.g. 0.95 for the on-time rate), null when none
 */
public record Trend(List<Quarter> quarters, List<Double> values, OptionalDouble projected, Double target) {

  /**
   * @param rows the organisation's subtree rows, any order
   * @param isRate whether the figure is a share, clamped to [0, 1] when projected
   */
  public static Trend of(
      List<Quarter> quarters, List<OrgQuarter> rows, Function<OrgQuarter, Double> figure, boolean isRate, Double target) {
    List<Double> values = quarters.stream()
        .map(q -> rows.stream().filter(r -> r.quarter().equals(q)).findFirst().map(figure).orElse(null))
        .toList();
    double max = isRate ? 1.0 : Double.MAX_VALUE;
    return new Trend(quarters, values, Projection.linearNext(values, Projection.WINDOW, 0.0, max), target);
  }

  public Quarter projectedQuarter() {
    return quarters.get(quarters.size() - 1).next();
  }
}

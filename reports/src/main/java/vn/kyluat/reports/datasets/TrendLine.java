package vn.kyluat.reports.datasets;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import vn.kyluat.contract.Quarter;
import vn.kyluat.reports.marts.OrgQuarter;

/**
 * One figure of one organisation over every quarter of the marts, with the projection of the
 * next quarter and, where one is set, the target.
 *
 * @param values one per quarter, null where the mart has no value
 * @param incomplete the quarters whose history is incomplete (the data starts too late for the
 *     figure to be whole there): marked on the chart and never projected from
 * @param projected the projected value of {@code quarters.last().next()}, empty when unknown
 * @param target the target line (e.g. 0.95 for the on-time rate), null when none
 */
public record TrendLine(
        List<Quarter> quarters,
        List<Double> values,
        List<Quarter> incomplete,
        OptionalDouble projected,
        Double target) {

    /**
     * @param rows the organisation's subtree rows, any order
     * @param isRate whether the figure is a share, clamped to [0, 1] when projected
     */
    public static TrendLine of(
            List<Quarter> quarters,
            List<OrgQuarter> rows,
            Function<OrgQuarter, Double> figure,
            boolean isRate,
            Double target,
            Set<Quarter> incomplete) {
        List<Double> values = quarters.stream()
                .map(q -> rows.stream()
                        .filter(r -> r.quarter().equals(q))
                        .findFirst()
                        .map(figure)
                        .orElse(null))
                .toList();
        List<Double> complete = new ArrayList<>();
        for (int i = 0; i < quarters.size(); i++) {
            complete.add(incomplete.contains(quarters.get(i)) ? null : values.get(i));
        }
        double max = isRate ? 1.0 : Double.MAX_VALUE;
        return new TrendLine(
                quarters,
                values,
                quarters.stream().filter(incomplete::contains).toList(),
                Projection.linearNext(complete, Projection.WINDOW, 0.0, max),
                target);
    }

    public Quarter projectedQuarter() {
        return quarters.get(quarters.size() - 1).next();
    }
}

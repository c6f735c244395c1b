package vn.kyluat.reports.datasets;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import vn.kyluat.contract.Quarter;
import vn.kyluat.reports.marts.OrgQuarter;

/**
 * Organisation × quarter values for a heat map. Rows are the units ranked by the latest quarter
 * (best first); beyond {@code 2·n + 1} units the middle is pooled into one row of medians.
 *
 * @param values values[row][column], null where unknown
 */
public record HeatMap(List<String> rows, List<Quarter> quarters, Double[][] values) {

    /**
     * @param units the units' rows of the latest quarter (they pick and order the rows)
     * @param history every quarter's subtree rows of those units
     */
    public static HeatMap of(
            List<OrgQuarter> units,
            List<OrgQuarter> history,
            List<Quarter> quarters,
            Function<OrgQuarter, Double> figure,
            int n,
            IntFunction<String> restLabel) {
        List<OrgQuarter> sorted = Ranking.sorted(units);
        List<List<OrgQuarter>> groups = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        if (sorted.size() <= 2 * n + 1) {
            sorted.forEach(u -> {
                groups.add(List.of(u));
                labels.add(u.displayName());
            });
        } else {
            sorted.subList(0, n).forEach(u -> {
                groups.add(List.of(u));
                labels.add(u.displayName());
            });
            List<OrgQuarter> rest = sorted.subList(n, sorted.size() - n);
            groups.add(rest);
            labels.add(restLabel.apply(rest.size()));
            sorted.subList(sorted.size() - n, sorted.size()).forEach(u -> {
                groups.add(List.of(u));
                labels.add(u.displayName());
            });
        }
        Double[][] values = new Double[groups.size()][quarters.size()];
        for (int r = 0; r < groups.size(); r++) {
            Set<String> codes = groups.get(r).stream().map(OrgQuarter::orgCode).collect(Collectors.toSet());
            for (int c = 0; c < quarters.size(); c++) {
                Quarter q = quarters.get(c);
                values[r][c] = Ranking.median(history.stream()
                        .filter(h -> h.quarter().equals(q) && codes.contains(h.orgCode()))
                        .map(figure)
                        .filter(v -> v != null)
                        .toList());
            }
        }
        return new HeatMap(labels, quarters, values);
    }
}

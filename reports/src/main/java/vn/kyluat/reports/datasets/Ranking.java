package vn.kyluat.reports.datasets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;
import vn.kyluat.contract.Metric;
import vn.kyluat.reports.marts.OrgQuarter;

/**
 * Units ranked by responsibility index, best first. A group larger than {@code 2·n + 1} keeps its
 * best n and worst n and pools the rest into one line, so a province's 1,500 cells never smear.
 */
public final class Ranking {
    private Ranking() {}

    /** Best first; units without an index come last, in code order. */
    public static List<OrgQuarter> sorted(List<OrgQuarter> units) {
        return units.stream()
                .sorted(Comparator.comparing(
                                (OrgQuarter u) -> u.number(Metric.RESPONSIBILITY_INDEX),
                                Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(OrgQuarter::orgCode))
                .toList();
    }

    /** @param restLabel the pooled line's label, given the number of units it pools */
    public static List<RankItem> bestAndWorst(List<OrgQuarter> units, int n, IntFunction<String> restLabel) {
        List<OrgQuarter> sorted = sorted(units);
        if (sorted.size() <= 2 * n + 1) {
            return sorted.stream().map(Ranking::item).toList();
        }
        List<RankItem> items = new ArrayList<>();
        sorted.subList(0, n).forEach(u -> items.add(item(u)));
        List<OrgQuarter> rest = sorted.subList(n, sorted.size() - n);
        items.add(pooled(rest, restLabel.apply(rest.size())));
        sorted.subList(sorted.size() - n, sorted.size()).forEach(u -> items.add(item(u)));
        return items;
    }

    static RankItem item(OrgQuarter unit) {
        Object rank = unit.value(Metric.PEER_RANK);
        return new RankItem(
                unit.displayName(),
                rank == null ? null : ((Number) rank).intValue(),
                unit.number(Metric.RESPONSIBILITY_INDEX),
                1);
    }

    /** The rest of a group as one line at its median index (no figure is recomputed from counts). */
    static RankItem pooled(List<OrgQuarter> units, String label) {
        return new RankItem(
                label,
                null,
                median(units.stream()
                        .map(u -> u.number(Metric.RESPONSIBILITY_INDEX))
                        .filter(v -> v != null)
                        .toList()),
                units.size());
    }

    static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
    }
}

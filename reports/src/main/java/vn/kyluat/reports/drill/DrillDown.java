package vn.kyluat.reports.drill;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import vn.kyluat.contract.Mart;
import vn.kyluat.contract.Quarter;
import vn.kyluat.reports.marts.CsvMart;
import vn.kyluat.reports.marts.MartException;
import vn.kyluat.reports.marts.MartRow;
import vn.kyluat.reports.marts.MartTimes;
import vn.kyluat.reports.model.ReportContext;

/**
 * The tasks behind a quarter's counts, for the units of one subtree: every {@link DrillList}, worst
 * first, as the marts list them (nothing is recomputed), and the units dissolved in the quarter
 * whose figures another unit now holds (org_tree). A row is listed under the unit its figures count
 * it in: its unit column mapped through org_tree's counted_under_code, so a task still held by a
 * dissolved unit is in its successor's list as it is in its backlog. A list whose mart the set lacks
 * is not available: the outputs leave it out rather than show it empty.
 */
public final class DrillDown {
    private final Map<DrillList, List<MartRow>> rows;
    private final Map<String, List<MartRow>> absorbedBy;
    private final Map<String, String> countedUnder;

    DrillDown(
            Map<DrillList, List<MartRow>> rows,
            Map<String, List<MartRow>> absorbedBy,
            Map<String, String> countedUnder) {
        this.rows = rows;
        this.absorbedBy = absorbedBy;
        this.countedUnder = countedUnder;
    }

    /** The drill-down of one report: its quarter, the units of its subtree (all of them, or the --org unit's). */
    public static DrillDown forReport(String setDir, ReportContext context, Consumer<String> warnings) {
        return load(
                setDir, context.quarter(), context.tree().subtree(context.root().orgCode()), warnings);
    }

    /**
     * Streams each mart once, keeping the quarter's rows of units in {@code units} for every list that
     * reads it; a mart that is absent leaves its lists unavailable, with a warning.
     */
    public static DrillDown load(String setDir, Quarter quarter, Set<String> units, Consumer<String> warnings) {
        String q = quarter.toString();
        Map<String, List<MartRow>> absorptions = absorptions(orgTree(setDir, q, warnings), units);
        Map<String, String> countedUnder = countedUnder(absorptions);
        Map<String, List<MartRow>> absorbedBy = inQuarter(absorptions, quarter);
        Map<DrillList, List<MartRow>> rows = new EnumMap<>(DrillList.class);
        for (Mart mart : martsRead()) {
            if (!CsvMart.exists(setDir, mart)) {
                warnings.accept("no " + mart.csvPath(setDir) + ": the reports list no tasks from it");
                continue;
            }
            List<DrillList> lists = Arrays.stream(DrillList.values())
                    .filter(l -> l.mart() == mart)
                    .toList();
            lists.forEach(list -> rows.put(list, new ArrayList<>()));
            CsvMart.each(setDir, mart, row -> {
                if (q.equals(row.get(Mart.QUARTER))) {
                    for (DrillList list : lists) {
                        if (units.contains(countsUnder(countedUnder, list.unitOf(row))) && keeps(setDir, list, row)) {
                            rows.get(list).add(row);
                        }
                    }
                }
            });
        }
        rows.replaceAll((list, kept) -> kept.stream().sorted(list.worstFirst()).toList());
        return new DrillDown(rows, absorbedBy, countedUnder);
    }

    /**
     * The quarter's org_tree rows; none, with a warning, when the set has no org_tree (rows are then
     * listed under their own unit column and no footnote names an absorbed unit).
     */
    private static List<MartRow> orgTree(String setDir, String quarter, Consumer<String> warnings) {
        List<MartRow> tree = new ArrayList<>();
        if (!CsvMart.exists(setDir, Mart.ORG_TREE)) {
            warnings.accept("no " + Mart.ORG_TREE.csvPath(setDir)
                    + ": tasks of dissolved units are not listed under their successors, no footnote names them");
            return tree;
        }
        CsvMart.each(setDir, Mart.ORG_TREE, row -> {
            if (quarter.equals(row.get(Mart.QUARTER))) {
                tree.add(row);
            }
        });
        return tree;
    }

    /** The org_tree rows of units dissolved in the quarter, by the unit in {@code units} whose figures now hold them. */
    private static Map<String, List<MartRow>> absorptions(List<MartRow> tree, Set<String> units) {
        Map<String, List<MartRow>> absorbedBy = new LinkedHashMap<>();
        for (MartRow row : tree) {
            String under = row.get(Mart.COUNTED_UNDER_CODE);
            if (under != null && !under.equals(row.get(Mart.ORG_CODE)) && units.contains(under)) {
                absorbedBy.computeIfAbsent(under, u -> new ArrayList<>()).add(row);
            }
        }
        return absorbedBy;
    }

    /**
     * The absorptions of the quarter itself: units whose validity ended in it. One dissolved earlier still has its
     * facts counted under its successor, but the footnote "absorbed in the quarter" would be wrong, and every
     * quarter after a merger would repeat it.
     */
    private static Map<String, List<MartRow>> inQuarter(Map<String, List<MartRow>> absorptions, Quarter quarter) {
        Map<String, List<MartRow>> inQuarter = new LinkedHashMap<>();
        absorptions.forEach((under, absorbed) -> {
            List<MartRow> ended = absorbed.stream()
                    .filter(row -> row.get(Mart.VALID_TO) != null
                            && !MartTimes.date(row.get(Mart.VALID_TO)).isBefore(quarter.start())
                            && !MartTimes.date(row.get(Mart.VALID_TO)).isAfter(quarter.end()))
                    .toList();
            if (!ended.isEmpty()) {
                inQuarter.put(under, ended);
            }
        });
        return inQuarter;
    }

    /** Each absorbed unit's code → the unit that absorbed it; a hash map, as a row without a unit looks up null. */
    private static Map<String, String> countedUnder(Map<String, List<MartRow>> absorbedBy) {
        Map<String, String> countedUnder = new LinkedHashMap<>();
        absorbedBy.forEach(
                (under, absorbed) -> absorbed.forEach(row -> countedUnder.put(row.get(Mart.ORG_CODE), under)));
        return countedUnder;
    }

    private static String countsUnder(Map<String, String> countedUnder, String unit) {
        return countedUnder.getOrDefault(unit, unit);
    }

    private static List<Mart> martsRead() {
        return Arrays.stream(DrillList.values()).map(DrillList::mart).distinct().toList();
    }

    private static boolean keeps(String setDir, DrillList list, MartRow row) {
        try {
            return list.keeps(row);
        } catch (IllegalArgumentException e) {
            throw new MartException(list.mart().csvPath(setDir) + ": " + e.getMessage() + " (task "
                    + row.get(Mart.TASK_CODE) + "); run the analytics stage again");
        }
    }

    /** The org_tree rows of the units {@code unit} absorbed in the quarter (valid_to in it): its footnotes. */
    public List<MartRow> absorbedBy(String unit) {
        return absorbedBy.getOrDefault(unit, List.of());
    }

    /** The lists whose marts the set has, in declaration order. */
    public List<DrillList> available() {
        return List.copyOf(rows.keySet());
    }

    /** Every row of a list, worst first; empty when the list is not available. */
    public List<MartRow> rows(DrillList list) {
        return rows.getOrDefault(list, List.of());
    }

    /** The unit a row of {@code list} counts under: its unit column's, or the successor that absorbed that unit. */
    public String unitOf(DrillList list, MartRow row) {
        return countsUnder(countedUnder, list.unitOf(row));
    }

    /** Each unit absorbed in the quarter by a unit of the report → that unit, which its rows count under. */
    public Map<String, String> countedUnder() {
        return countedUnder;
    }

    /** The rows of a list under any of {@code units} (a unit's own, or its subtree's), worst first. */
    public List<MartRow> of(DrillList list, Set<String> units) {
        return rows(list).stream().filter(r -> units.contains(unitOf(list, r))).toList();
    }

    /** The rows of a list by the unit they count under, each unit's worst first, units in the order first met. */
    public Map<String, List<MartRow>> byUnit(DrillList list) {
        Map<String, List<MartRow>> byUnit = new LinkedHashMap<>();
        for (MartRow row : rows(list)) {
            byUnit.computeIfAbsent(unitOf(list, row), u -> new ArrayList<>()).add(row);
        }
        return byUnit;
    }
}

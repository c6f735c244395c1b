package vn.kyluat.sample;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * Decides the shape of the province: builds the registry, shares the grassroots organisations out
 * to three task systems and one CSV unit (the merged organisation and its absorber stay together in
 * the first, since a task cannot move between systems), splits the tasks in proportion to the task
 * holders, and plans the overlapping assignments.
 */
public final class ProvincePlanner {
    private static final String CSV_UNIT_ID = "unit-csv";
    static final List<String> TASK_UNIT_IDS = List.of("unit-a", "unit-b", "unit-c", CSV_UNIT_ID);
    private static final int OVERLAPS = 6;

    private ProvincePlanner() {}

    /** The units kept in databases: the registry and every task system but the CSV-only unit. */
    public static List<String> databaseUnitIds() {
        List<String> ids = new ArrayList<>(List.of(Province.REGISTRY_ID));
        TASK_UNIT_IDS.stream().filter(id -> !id.equals(CSV_UNIT_ID)).forEach(ids::add);
        return ids;
    }

    public static Province plan(ProvinceSize size) {
        SampleCalendar calendar = SampleCalendar.ofQuarters(size.quarters());
        PlantedPersons.Planted planted =
                PlantedPersons.plant(OrgTreeBuilder.build(size, calendar, Seeds.stream(size.seed(), 0)), calendar);
        ProvinceRegistry tree = planted.tree();
        List<List<String>> shares = share(tree);
        long holdersTotal = shares.stream().mapToLong(s -> holders(tree, s)).sum();
        List<TaskUnit> units = new ArrayList<>();
        long assigned = 0;
        for (int u = 0; u < TASK_UNIT_IDS.size(); u++) {
            String id = TASK_UNIT_IDS.get(u);
            long tasks = u == TASK_UNIT_IDS.size() - 1
                    ? size.tasks() - assigned
                    : Math.round((double) size.tasks() * holders(tree, shares.get(u)) / holdersTotal);
            assigned += tasks;
            units.add(new TaskUnit(
                    id,
                    id.substring("unit-".length()).toUpperCase(Locale.ROOT),
                    id.equals(CSV_UNIT_ID),
                    shares.get(u),
                    tasks,
                    u + 1));
        }
        return new Province(
                size,
                calendar,
                tree,
                units,
                planOverlaps(tree, units, Seeds.stream(size.seed(), 99)),
                planted.persons());
    }

    private static long holders(ProvinceRegistry tree, List<String> grassroots) {
        return grassroots.stream()
                .mapToLong(g -> tree.taskHoldersUnder(g).size())
                .sum();
    }

    /** About a tenth of the organisations to the CSV unit, the merger pair to unit-a, the rest in turn. */
    private static List<List<String>> share(ProvinceRegistry tree) {
        Merger merger = tree.merger();
        List<List<String>> shares = new ArrayList<>();
        TASK_UNIT_IDS.forEach(id -> shares.add(new ArrayList<>()));
        shares.get(0).add(merger.absorberCode());
        shares.get(0).add(merger.absorbedCode());
        List<String> others = tree.grassroots().stream()
                .map(OrgUnitRow::orgCode)
                .filter(c -> !c.equals(merger.absorberCode()) && !c.equals(merger.absorbedCode()))
                .toList();
        int csv = Math.max(1, Math.round(tree.grassroots().size() / 10f));
        for (int i = 0; i < others.size(); i++) {
            int unit = i >= others.size() - csv ? 3 : (i + 1) % 3;
            shares.get(unit).add(others.get(i));
        }
        return shares;
    }

    /**
     * Overlapping references: the first is assigned twice within one system (to two of its grassroots
     * organisations), the others across two or three systems.
     */
    private static List<PlannedOverlap> planOverlaps(
            ProvinceRegistry tree, List<TaskUnit> units, SplittableRandom rng) {
        Merger merger = tree.merger();
        List<PlannedOverlap> overlaps = new ArrayList<>();
        for (int k = 0; k < OVERLAPS; k++) {
            String ref = String.format(
                    "CV %d/UBND-%s",
                    1000 + rng.nextInt(9000), VietnameseNames.pick(List.of("KT", "VX", "NC", "TH"), rng));
            List<PlannedOverlap.Member> members = new ArrayList<>();
            List<TaskUnit> chosen = new ArrayList<>(
                    units.stream().filter(u -> !eligible(u, merger).isEmpty()).toList());
            if (k == 0) {
                TaskUnit unit = units.stream()
                        .filter(u -> eligible(u, merger).size() >= 2)
                        .findFirst()
                        .orElse(null);
                if (unit == null) {
                    continue;
                }
                chosen = List.of(unit, unit);
            } else {
                Collections.shuffle(chosen, new Random(rng.nextLong()));
                chosen = chosen.subList(0, 2 + rng.nextInt(2));
            }
            for (int m = 0; m < chosen.size(); m++) {
                TaskUnit unit = chosen.get(m);
                List<String> grassroots = eligible(unit, merger);
                String g = k == 0 ? grassroots.get(m) : VietnameseNames.pick(grassroots, rng);
                long index = (k + 1) * unit.tasks() / (OVERLAPS + 2) + m;
                members.add(new PlannedOverlap.Member(unit.id(), index, spelling(ref, m), g));
            }
            overlaps.add(new PlannedOverlap(PlannedOverlap.normalize(ref), members));
        }
        return overlaps;
    }

    private static List<String> eligible(TaskUnit unit, Merger merger) {
        return unit.grassrootsCodes().stream()
                .filter(c -> !c.equals(merger.absorberCode()) && !c.equals(merger.absorbedCode()))
                .toList();
    }

    /** The same reference as different clerks type it. */
    private static String spelling(String ref, int variant) {
        return switch (variant % 3) {
            case 0 -> ref;
            case 1 -> ref.toLowerCase(Locale.ROOT).replace(" ", "  ");
            default -> "  " + ref + " ";
        };
    }
}

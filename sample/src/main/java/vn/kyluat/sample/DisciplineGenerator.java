package vn.kyluat.sample;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import vn.kyluat.contract.Quarter;

/**
 * Discipline actions against members of a unit's party cells: now and then per cell and quarter,
 * mostly reprimands and warnings, a few dismissals, expulsions and others; about two in five for
 * avoiding responsibility.
 */
final class DisciplineGenerator {
    private DisciplineGenerator() {}

    static void generate(
            Province province,
            TaskUnit unit,
            SplittableRandom rng,
            UnitCodes codes,
            Consumer<DisciplineActionRow> out) {
        ProvinceRegistry tree = province.tree();
        List<OrgUnitRow> cells = unit.grassrootsCodes().stream()
                .flatMap(g -> tree.taskHoldersUnder(g).stream())
                .filter(o -> o.kind().equals(OrgUnitRow.CELL))
                .toList();
        for (Quarter quarter : province.calendar().quarters()) {
            for (OrgUnitRow cell : cells) {
                if (rng.nextDouble() >= 0.08) {
                    continue;
                }
                LocalDate decided = FindingGenerator.dayIn(quarter, rng);
                List<StaffRow> members = tree.staffOf(cell.orgCode()).stream()
                        .filter(s -> s.validOn(decided))
                        .toList();
                if (!cell.validOn(decided) || members.isEmpty()) {
                    continue;
                }
                StaffRow person = VietnameseNames.pick(members, rng);
                out.accept(new DisciplineActionRow(
                        codes.nextActionCode(),
                        person.personCode(),
                        cell.orgCode(),
                        kind(rng),
                        rng.nextDouble() < 0.4 ? "responsibility_avoidance" : "other",
                        decided));
            }
        }
    }

    private static String kind(SplittableRandom rng) {
        double r = rng.nextDouble();
        return r < 0.5 ? "reprimand" : r < 0.8 ? "warning" : r < 0.88 ? "dismissal" : r < 0.92 ? "expulsion" : "other";
    }
}

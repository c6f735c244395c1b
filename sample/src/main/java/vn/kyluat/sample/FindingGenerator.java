package vn.kyluat.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import vn.kyluat.contract.Quarter;

/**
 * Inspection findings of a unit's organisations, quarter by quarter: a few per grassroots
 * organisation, one now and then per cell or department; about half remedied on time, a quarter
 * late, the rest never (or not by the export).
 */
final class FindingGenerator {
    private FindingGenerator() {}

    static void generate(
            Province province,
            TaskUnit unit,
            SplittableRandom rng,
            UnitCodes codes,
            Consumer<InspectionFindingRow> out) {
        ProvinceRegistry tree = province.tree();
        List<OrgUnitRow> inspected = new ArrayList<>();
        for (String g : unit.grassrootsCodes()) {
            inspected.add(tree.get(g));
            inspected.addAll(tree.taskHoldersUnder(g));
        }
        for (Quarter quarter : province.calendar().quarters()) {
            for (OrgUnitRow org : inspected) {
                int count = org.kind().equals(OrgUnitRow.GRASSROOTS) ? rng.nextInt(3) : rng.nextDouble() < 0.25 ? 1 : 0;
                for (int i = 0; i < count; i++) {
                    LocalDate found = dayIn(quarter, rng);
                    OrgUnitRow holder = tree.resolve(org, found);
                    if (holder.validOn(found)) {
                        out.accept(finding(codes.nextFindingCode(), holder.orgCode(), found, rng));
                    }
                }
            }
        }
    }

    private static InspectionFindingRow finding(String code, String orgCode, LocalDate found, SplittableRandom rng) {
        LocalDate due = found.plusDays(30 + rng.nextInt(91));
        double r = rng.nextDouble();
        LocalDate remedied = r < 0.55
                ? found.plusDays(5 + rng.nextLong(due.toEpochDay() - found.toEpochDay() - 4))
                : r < 0.8 ? due.plusDays(1 + rng.nextInt(90)) : null;
        if (remedied != null && remedied.isAfter(SampleCalendar.LAST_ARRIVAL_DAY)) {
            remedied = null;
        }
        double s = rng.nextDouble();
        String severity = s < 0.5 ? "low" : s < 0.85 ? "medium" : "high";
        return new InspectionFindingRow(code, orgCode, found, due, remedied, severity);
    }

    /** A day of the quarter, never after the export. */
    static LocalDate dayIn(Quarter quarter, SplittableRandom rng) {
        LocalDate day = quarter.start()
                .plusDays(rng.nextLong(
                        quarter.end().toEpochDay() - quarter.start().toEpochDay()));
        return day.isAfter(SampleCalendar.LAST_ARRIVAL_DAY) ? SampleCalendar.LAST_ARRIVAL_DAY : day;
    }
}

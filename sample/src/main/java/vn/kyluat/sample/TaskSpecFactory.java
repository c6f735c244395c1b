package vn.kyluat.sample;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Makes the assignment of the i-th task of a unit: tasks arrive evenly over the working days from
 * the first quarter to {@link SampleCalendar#LAST_ARRIVAL_DAY}, in working hours, mostly to party
 * cells, some to departments, a few without a lead unit; planted overlaps get their reference and
 * a cell of their grassroots organisation.
 */
final class TaskSpecFactory {
    private static final long DAY = 86_400;
    private static final long WORKDAY_START = 27_000;
    private static final long WORKDAY_LENGTH = 34_200;

    private final ProvinceRegistry tree;
    private final TaskUnit unit;
    private final long start;
    private final long span;
    private final List<OrgUnitRow> cells;
    private final List<OrgUnitRow> departments;
    private final List<OrgUnitRow> grassroots;
    private final Map<Long, PlannedOverlap.Member> overlaps;
    private final PlantedPersons persons;

    TaskSpecFactory(Province province, TaskUnit unit) {
        this.tree = province.tree();
        this.persons = province.persons();
        this.unit = unit;
        this.start = TaskSimulator.startOfDay(province.calendar().firstDay());
        this.span = province.calendar().snapshot().getEpochSecond() - start;
        List<OrgUnitRow> holders = unit.grassrootsCodes().stream()
                .flatMap(g -> tree.taskHoldersUnder(g).stream())
                .toList();
        this.cells =
                holders.stream().filter(o -> o.kind().equals(OrgUnitRow.CELL)).toList();
        this.departments = holders.stream()
                .filter(o -> o.kind().equals(OrgUnitRow.DEPARTMENT))
                .toList();
        this.grassroots = unit.grassrootsCodes().stream().map(tree::get).toList();
        this.overlaps = province.overlaps().stream()
                .flatMap(o -> o.members().stream())
                .filter(m -> m.unitId().equals(unit.id()))
                .collect(Collectors.toMap(PlannedOverlap.Member::taskIndex, Function.identity()));
    }

    TaskSpec next(long index, String taskCode, SplittableRandom rng) {
        long arrival = start + (long) ((index + rng.nextDouble()) / unit.tasks() * span);
        LocalDate day = workingDay(TaskSimulator.day(arrival));
        double timeOfDay = (double) (arrival - TaskSimulator.startOfDay(TaskSimulator.day(arrival))) / DAY;
        Instant assignedAt = Instant.ofEpochSecond(
                TaskSimulator.startOfDay(day) + WORKDAY_START + (long) (timeOfDay * WORKDAY_LENGTH));
        PlannedOverlap.Member overlap = overlaps.get(index);
        OrgUnitRow lead;
        if (overlap != null) {
            lead = pickValid(
                    tree.children(overlap.grassrootsCode()).stream()
                            .filter(o -> o.kind().equals(OrgUnitRow.CELL))
                            .toList(),
                    day,
                    rng);
        } else if (rng.nextDouble() < 0.005) {
            lead = null;
        } else {
            lead = pickValid(departments.isEmpty() || rng.nextDouble() >= 0.12 ? cells : departments, day, rng);
        }
        OrgUnitRow assignedBy = lead == null
                ? tree.resolve(VietnameseNames.pick(grassroots, rng), day)
                : rng.nextDouble() < 0.15
                        ? tree.get(OrgTreeBuilder.BLOC_CODE)
                        : tree.resolve(tree.grassrootsOf(lead), day);
        boolean urgent = rng.nextDouble() < 0.06;
        String originRef = overlap != null
                ? overlap.spelling()
                : rng.nextDouble() < 0.6
                        ? (index + 1) + "/" + VietnameseNames.pick(List.of("KH", "CV", "TB"), rng) + "-" + unit.tag()
                        : null;
        String title = VietnameseNames.taskTitle(rng);
        String assignee = lead != null && rng.nextDouble() < 0.85
                ? persons.assignee(lead, day, index, assignee(lead, day, rng), tree)
                : null;
        return new TaskSpec(
                taskCode,
                title,
                originRef,
                lead,
                assignee,
                assignedBy,
                assignedAt,
                urgent ? day.plusDays(rng.nextInt(3)) : day.plusDays(7 + rng.nextInt(54)),
                urgent,
                rng.nextDouble() < 0.6,
                overlap == null,
                persons.fate(assignee));
    }

    /** Weekend arrivals move to the nearest working day, never past the last arrival day. */
    private static LocalDate workingDay(LocalDate day) {
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY) {
            return day.minusDays(1);
        }
        if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            LocalDate monday = day.plusDays(1);
            return monday.isAfter(SampleCalendar.LAST_ARRIVAL_DAY) ? day.minusDays(2) : monday;
        }
        return day;
    }

    /** A random organisation of the list that exists on {@code day}, or the successor of a dissolved one. */
    private OrgUnitRow pickValid(List<OrgUnitRow> candidates, LocalDate day, SplittableRandom rng) {
        for (int attempt = 0; attempt < 20; attempt++) {
            OrgUnitRow org = tree.resolve(VietnameseNames.pick(candidates, rng), day);
            if (org.validOn(day)) {
                return org;
            }
        }
        return candidates.stream()
                .map(o -> tree.resolve(o, day))
                .filter(o -> o.validOn(day))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no organisation of " + unit.id() + " exists on " + day));
    }

    private String assignee(OrgUnitRow lead, LocalDate day, SplittableRandom rng) {
        List<StaffRow> staff = tree.staffOf(lead.orgCode());
        for (int attempt = 0; attempt < 3 && !staff.isEmpty(); attempt++) {
            StaffRow person = VietnameseNames.pick(staff, rng);
            if (person.validOn(day)) {
                return person.personCode();
            }
        }
        return null;
    }
}

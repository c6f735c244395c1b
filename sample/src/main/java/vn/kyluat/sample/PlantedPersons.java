package vn.kyluat.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The persons planted for the individual-responsibility figures: members who carry many overdue
 * tasks (tasks assigned to them are never completed), a cell head whose own tasks all run late, and
 * a member who moves to a sibling cell part-way through a quarter (two staff rows of one person code in
 * the one registry: staff is keyed by person_code and valid_from).
 * Chosen by rule, not at random, among cells that exist throughout and take no part in the merger,
 * so that planting them draws nothing from the random streams.
 *
 * @param heavyBacklog the members whose tasks are left open
 * @param lateHead the head whose tasks are completed late
 * @param mover the member who moves
 */
public record PlantedPersons(List<StaffRow> heavyBacklog, StaffRow lateHead, Mover mover) {
    static final int HEAVY_BACKLOG_PERSONS = 3;

    /**
     * A member of {@code fromOrgCode} until the day before {@code movedOn}, of {@code toOrgCode} from it.
     */
    public record Mover(String personCode, String fromOrgCode, String toOrgCode, LocalDate movedOn) {}

    /** What happens to a task, decided by its assignee. */
    enum Fate {
        NORMAL,
        NEVER_DONE,
        LATE
    }

    /**
     * Chooses the persons in {@code tree} and returns them with the tree whose staff carry the move:
     * the mover's row ends the day before {@code movedOn} (45 days into the second quarter) and a new
     * row of the same person starts in the sibling cell that day.
     */
    @SuppressWarnings("ReferenceEquality") // the staff row of the moving person is replaced: that very row
    static Planted plant(ProvinceRegistry tree, SampleCalendar calendar) {
        List<OrgUnitRow> cells = stableCells(tree);
        if (cells.size() < 6) {
            throw new IllegalStateException(
                    "the province needs at least 6 party cells outside the merger, has " + cells.size());
        }
        LocalDate firstDay = calendar.firstDay();
        List<StaffRow> heavy = new ArrayList<>();
        for (int i = 0; i < HEAVY_BACKLOG_PERSONS; i++) {
            heavy.add(steadyStaff(tree, cells.get(i * cells.size() / 6), "member", firstDay));
        }
        StaffRow head = steadyStaff(tree, cells.get(cells.size() / 2), "head", firstDay);
        OrgUnitRow from = cells.get(4 * cells.size() / 6);
        Set<String> taken = new HashSet<>(heavy.stream().map(StaffRow::orgCode).toList());
        taken.add(head.orgCode());
        taken.add(from.orgCode());
        // a sibling cell when there is a free one, else a cell further on: one planted person per cell
        OrgUnitRow to = cells.stream()
                .filter(c -> !taken.contains(c.orgCode()))
                .min(Comparator.comparing((OrgUnitRow c) -> !c.parentCode().equals(from.parentCode())))
                .orElseThrow();
        StaffRow moving = steadyStaff(tree, from, "member", firstDay);
        LocalDate movedOn = calendar.quarters()
                .get(Math.min(1, calendar.quarters().size() - 1))
                .start()
                .plusDays(45);
        StaffRow arrival = new StaffRow(
                moving.personCode(),
                moving.fullName(),
                to.orgCode(),
                moving.role(),
                moving.partyMember(),
                movedOn,
                null);
        List<StaffRow> staff = new ArrayList<>();
        for (StaffRow row : tree.staff()) {
            staff.add(
                    row != moving
                            ? row
                            : new StaffRow(
                                    row.personCode(),
                                    row.fullName(),
                                    row.orgCode(),
                                    row.role(),
                                    row.partyMember(),
                                    row.validFrom(),
                                    movedOn.minusDays(1)));
        }
        staff.add(arrival);
        return new Planted(
                new ProvinceRegistry(tree.orgs(), staff, tree.merger()),
                new PlantedPersons(heavy, head, new Mover(moving.personCode(), from.orgCode(), to.orgCode(), movedOn)));
    }

    /** The tree with the move in its staff, and the persons planted. */
    record Planted(ProvinceRegistry tree, PlantedPersons persons) {}

    /** Every planted person code. */
    public List<String> personCodes() {
        List<String> codes =
                new ArrayList<>(heavyBacklog.stream().map(StaffRow::personCode).toList());
        codes.add(lateHead.personCode());
        codes.add(mover.personCode());
        return codes;
    }

    /**
     * The assignee of a task of {@code lead} whose drawn assignee was {@code drawn}: every third task
     * (by its index in the unit) goes to the lead's planted person valid on {@code day}, if any.
     */
    String assignee(OrgUnitRow lead, LocalDate day, long index, String drawn, ProvinceRegistry tree) {
        if (index % 3 != 0) {
            return drawn;
        }
        return tree.staffOf(lead.orgCode()).stream()
                .filter(s -> s.validOn(day) && isPlanted(s.personCode()))
                .map(StaffRow::personCode)
                .findFirst()
                .orElse(drawn);
    }

    Fate fate(String assignee) {
        if (assignee == null) {
            return Fate.NORMAL;
        }
        if (heavyBacklog.stream().anyMatch(s -> s.personCode().equals(assignee))) {
            return Fate.NEVER_DONE;
        }
        return assignee.equals(lateHead.personCode()) ? Fate.LATE : Fate.NORMAL;
    }

    private boolean isPlanted(String personCode) {
        return personCodes().contains(personCode);
    }

    /** Party cells valid from before the first quarter to the end, outside the merged organisations, by code. */
    private static List<OrgUnitRow> stableCells(ProvinceRegistry tree) {
        Merger merger = tree.merger();
        Set<String> merging = Set.of(merger.absorbedCode(), merger.absorberCode());
        return tree.orgs().stream()
                .filter(o -> o.kind().equals(OrgUnitRow.CELL)
                        && o.validTo() == null
                        && o.validFrom().equals(SampleCalendar.ESTABLISHED)
                        && !merging.contains(tree.grassrootsOf(o).orgCode()))
                .sorted(Comparator.comparing(OrgUnitRow::orgCode))
                .toList();
    }

    /** The first person (by code) in {@code role} of {@code cell} valid from before {@code firstDay} with no end. */
    private static StaffRow steadyStaff(ProvinceRegistry tree, OrgUnitRow cell, String role, LocalDate firstDay) {
        Optional<StaffRow> person = tree.staffOf(cell.orgCode()).stream()
                .filter(s -> s.role().equals(role)
                        && s.validTo() == null
                        && !s.validFrom().isAfter(firstDay))
                .min(Comparator.comparing(StaffRow::personCode));
        return person.orElseThrow(() -> new IllegalStateException("no steady " + role + " in " + cell.orgCode()));
    }
}

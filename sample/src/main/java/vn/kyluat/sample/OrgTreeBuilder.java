package vn.kyluat.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Builds the organisation registry: the bloc committee, its grassroots organisations, under each
 * one agency with its departments and the party cells, their staff, the behaviour of every cell,
 * and one grassroots organisation absorbed by another on {@link SampleCalendar#mergeDay()}.
 */
public final class OrgTreeBuilder {
    public static final String BLOC_CODE = "DUK";
    private static final double FOUNDED_DURING_PERIOD = 0.03;
    private static final double MEMBER_TURNOVER = 0.04;

    private final ProvinceSize size;
    private final SampleCalendar calendar;
    private final SplittableRandom rng;
    private final List<OrgUnitRow> orgs = new ArrayList<>();
    private final List<StaffRow> staff = new ArrayList<>();
    private int personSequence;

    private OrgTreeBuilder(ProvinceSize size, SampleCalendar calendar, SplittableRandom rng) {
        this.size = size;
        this.calendar = calendar;
        this.rng = rng;
    }

    public static ProvinceRegistry build(ProvinceSize size, SampleCalendar calendar, SplittableRandom rng) {
        return new OrgTreeBuilder(size, calendar, rng).build();
    }

    private ProvinceRegistry build() {
        orgs.add(
                org(BLOC_CODE, "Đảng ủy Khối cơ quan và doanh nghiệp tỉnh", null, OrgUnitRow.BLOC, Behaviour.DILIGENT));
        int[] cellCounts = spreadCells();
        int absorber = rng.nextInt(size.grassroots());
        int absorbed = (absorber + 1 + rng.nextInt(size.grassroots() - 1)) % size.grassroots();
        for (int g = 0; g < size.grassroots(); g++) {
            addGrassroots(g, cellCounts[g], g != absorbed && g != absorber);
        }
        assignBehaviours(grassrootsCode(absorbed));
        Merger merger = merge(grassrootsCode(absorbed), grassrootsCode(absorber));
        addStaff(merger);
        return new ProvinceRegistry(orgs, staff, merger);
    }

    /** Every grassroots organisation gets at least one cell, most two; the rest go where they fall. */
    private int[] spreadCells() {
        int[] counts = new int[size.grassroots()];
        int base = size.cells() >= 2 * size.grassroots() ? 2 : 1;
        Arrays.fill(counts, base);
        double[] weights = new double[counts.length];
        double total = 0;
        for (int g = 0; g < counts.length; g++) {
            weights[g] = 0.3 + rng.nextDouble() * rng.nextDouble() * 3;
            total += weights[g];
        }
        for (int left = size.cells() - base * counts.length; left > 0; left--) {
            double r = rng.nextDouble() * total;
            int g = 0;
            while (g < counts.length - 1 && (r -= weights[g]) > 0) {
                g++;
            }
            counts[g]++;
        }
        return counts;
    }

    private static String grassrootsCode(int g) {
        return String.format("CS%03d", g + 1);
    }

    private void addGrassroots(int g, int cells, boolean mayFoundCells) {
        String code = grassrootsCode(g);
        String agencyName = VietnameseNames.agency(g);
        orgs.add(org(code, "Đảng bộ " + agencyName, BLOC_CODE, OrgUnitRow.GRASSROOTS, Behaviour.DILIGENT));
        String agency = code + "-CQ";
        orgs.add(org(agency, agencyName, code, OrgUnitRow.AGENCY, Behaviour.DILIGENT));
        int departments = 2 + rng.nextInt(3);
        for (int d = 0; d < departments; d++) {
            Behaviour behaviour = rng.nextDouble() < 0.2 ? Behaviour.SLOW : Behaviour.DILIGENT;
            orgs.add(org(
                    String.format("%s-P%02d", agency, d + 1),
                    VietnameseNames.department(d),
                    agency,
                    OrgUnitRow.DEPARTMENT,
                    behaviour));
        }
        for (int c = 0; c < cells; c++) {
            OrgUnitRow cell =
                    org(cellCode(code, c), VietnameseNames.cell(c), code, OrgUnitRow.CELL, Behaviour.DILIGENT);
            if (mayFoundCells && c > 0 && rng.nextDouble() < FOUNDED_DURING_PERIOD) {
                cell = withValidFrom(cell, randomDay(calendar.firstDay(), calendar.mergeDay()));
            }
            orgs.add(cell);
        }
    }

    private static String cellCode(String grassrootsCode, int c) {
        return String.format("%s-CB%02d", grassrootsCode, c + 1);
    }

    /** A few cells of each problem pattern (at least two), some slow ones, the rest diligent. */
    private void assignBehaviours(String absorbedCode) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < orgs.size(); i++) {
            OrgUnitRow o = orgs.get(i);
            if (o.kind().equals(OrgUnitRow.CELL) && !o.parentCode().equals(absorbedCode) && hasPeer(o)) {
                candidates.add(i);
            }
        }
        shuffle(candidates);
        int few = Math.max(2, (int) Math.round(size.cells() * 0.03));
        List<Behaviour> plan = new ArrayList<>();
        for (Behaviour b : List.of(Behaviour.BUCK_PASSING, Behaviour.DEADLINE_STRETCHING, Behaviour.ESCALATING)) {
            plan.addAll(Collections.nCopies(few, b));
        }
        plan.addAll(Collections.nCopies((int) Math.round(size.cells() * 0.15), Behaviour.SLOW));
        for (int k = 0; k < Math.min(plan.size(), candidates.size()); k++) {
            int i = candidates.get(k);
            orgs.set(i, withBehaviour(orgs.get(i), plan.get(k)));
        }
    }

    private boolean hasPeer(OrgUnitRow cell) {
        return orgs.stream()
                        .filter(o -> cell.parentCode().equals(o.parentCode())
                                && o.kind().equals(OrgUnitRow.CELL))
                        .count()
                > 1;
    }

    /**
     * Dissolves the absorbed organisation, its agency and departments into the absorber's, moves the
     * first half of its cells under the absorber (new codes) and merges the others into existing cells.
     */
    private Merger merge(String absorbedCode, String absorberCode) {
        LocalDate lastDay = calendar.mergeDay().minusDays(1);
        Map<String, String> successors = new LinkedHashMap<>();
        successors.put(absorbedCode, absorberCode);
        successors.put(absorbedCode + "-CQ", absorberCode + "-CQ");
        List<OrgUnitRow> absorberDepartments = childrenOf(absorberCode + "-CQ");
        List<OrgUnitRow> absorbedDepartments = childrenOf(absorbedCode + "-CQ");
        for (int d = 0; d < absorbedDepartments.size(); d++) {
            successors.put(
                    absorbedDepartments.get(d).orgCode(),
                    absorberDepartments.get(d % absorberDepartments.size()).orgCode());
        }
        List<OrgUnitRow> absorberCells = childrenOf(absorberCode).stream()
                .filter(o -> o.kind().equals(OrgUnitRow.CELL) && !o.validFrom().isAfter(lastDay))
                .toList();
        List<OrgUnitRow> absorbedCells = childrenOf(absorbedCode).stream()
                .filter(o -> o.kind().equals(OrgUnitRow.CELL))
                .toList();
        int nextCell = childrenOf(absorberCode).stream()
                .filter(o -> o.kind().equals(OrgUnitRow.CELL))
                .toList()
                .size();
        int moved = (absorbedCells.size() + 1) / 2;
        for (int c = 0; c < absorbedCells.size(); c++) {
            OrgUnitRow cell = absorbedCells.get(c);
            if (c < moved) {
                OrgUnitRow movedCell = new OrgUnitRow(
                        cellCode(absorberCode, nextCell++),
                        cell.name(),
                        absorberCode,
                        OrgUnitRow.CELL,
                        calendar.mergeDay(),
                        null,
                        null,
                        cell.behaviour());
                orgs.add(movedCell);
                successors.put(cell.orgCode(), movedCell.orgCode());
            } else {
                successors.put(
                        cell.orgCode(),
                        absorberCells.get(c % absorberCells.size()).orgCode());
            }
        }
        for (int i = 0; i < orgs.size(); i++) {
            String successor = successors.get(orgs.get(i).orgCode());
            if (successor != null) {
                orgs.set(i, orgs.get(i).dissolved(lastDay, successor));
            }
        }
        return new Merger(absorbedCode, absorberCode, calendar.mergeDay(), successors);
    }

    private List<OrgUnitRow> childrenOf(String code) {
        return orgs.stream().filter(o -> code.equals(o.parentCode())).toList();
    }

    /** Staff of every organisation; the members of a moved cell continue under its new code. */
    private void addStaff(Merger merger) {
        Map<String, List<StaffRow>> byOrg = new LinkedHashMap<>();
        for (OrgUnitRow org : orgs) {
            String movedFrom = merger.successors().entrySet().stream()
                    .filter(e -> e.getValue().equals(org.orgCode())
                            && org.validFrom().equals(merger.mergeDay()))
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElse(null);
            List<StaffRow> members = movedFrom != null ? continued(byOrg.get(movedFrom), org) : newStaff(org);
            byOrg.put(org.orgCode(), members);
            staff.addAll(members);
        }
    }

    private List<StaffRow> continued(List<StaffRow> previous, OrgUnitRow org) {
        return previous.stream()
                .filter(s -> s.validTo() == null
                        || !s.validTo().isBefore(org.validFrom().minusDays(1)))
                .map(s -> new StaffRow(
                        nextPersonCode(),
                        s.fullName(),
                        org.orgCode(),
                        s.role(),
                        s.partyMember(),
                        org.validFrom(),
                        null))
                .toList();
    }

    private List<StaffRow> newStaff(OrgUnitRow org) {
        int deputies;
        int members;
        double partyShare;
        switch (org.kind()) {
            case OrgUnitRow.BLOC -> {
                deputies = 3;
                members = 5;
                partyShare = 1;
            }
            case OrgUnitRow.GRASSROOTS -> {
                deputies = 2;
                members = 0;
                partyShare = 1;
            }
            case OrgUnitRow.AGENCY -> {
                deputies = 2;
                members = 2 + rng.nextInt(4);
                partyShare = 0.9;
            }
            case OrgUnitRow.DEPARTMENT -> {
                deputies = 1;
                members = 3 + rng.nextInt(8);
                partyShare = 0.65;
            }
            default -> {
                deputies = 1;
                members = 10 + rng.nextInt(45);
                partyShare = 1;
            }
        }
        List<StaffRow> rows = new ArrayList<>();
        rows.add(person(org, "head", true, false));
        for (int i = 0; i < deputies; i++) {
            rows.add(person(org, "deputy", true, false));
        }
        for (int i = 0; i < members; i++) {
            rows.add(person(org, "member", rng.nextDouble() < partyShare, true));
        }
        return rows;
    }

    private StaffRow person(OrgUnitRow org, String role, boolean partyMember, boolean mayChange) {
        LocalDate from = org.validFrom();
        LocalDate to = org.validTo();
        if (mayChange && rng.nextDouble() < MEMBER_TURNOVER) {
            from = randomDay(later(from, calendar.firstDay()), to == null ? SampleCalendar.LAST_ARRIVAL_DAY : to);
        } else if (mayChange && rng.nextDouble() < MEMBER_TURNOVER) {
            to = randomDay(later(from, calendar.firstDay()), to == null ? SampleCalendar.LAST_ARRIVAL_DAY : to);
        }
        return new StaffRow(nextPersonCode(), VietnameseNames.person(rng), org.orgCode(), role, partyMember, from, to);
    }

    private String nextPersonCode() {
        return String.format("NV%06d", ++personSequence);
    }

    private OrgUnitRow org(String code, String name, String parent, String kind, Behaviour behaviour) {
        return new OrgUnitRow(code, name, parent, kind, SampleCalendar.ESTABLISHED, null, null, behaviour);
    }

    private static OrgUnitRow withValidFrom(OrgUnitRow o, LocalDate from) {
        return new OrgUnitRow(
                o.orgCode(), o.name(), o.parentCode(), o.kind(), from, o.validTo(), o.successorCode(), o.behaviour());
    }

    private static OrgUnitRow withBehaviour(OrgUnitRow o, Behaviour b) {
        return new OrgUnitRow(
                o.orgCode(), o.name(), o.parentCode(), o.kind(), o.validFrom(), o.validTo(), o.successorCode(), b);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** A day in [from, until], both inclusive. */
    private LocalDate randomDay(LocalDate from, LocalDate until) {
        long span = until.toEpochDay() - from.toEpochDay();
        return span <= 0 ? from : from.plusDays(rng.nextLong(span + 1));
    }

    private <T> void shuffle(List<T> items) {
        for (int i = items.size() - 1; i > 0; i--) {
            Collections.swap(items, i, rng.nextInt(i + 1));
        }
    }
}

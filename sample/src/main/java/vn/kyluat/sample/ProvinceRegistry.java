package vn.kyluat.sample;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toList;
import static java.util.stream.Collectors.toMap;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The organisation registry of the sample province, with the look-ups task simulation needs. */
public final class ProvinceRegistry {
    private final List<OrgUnitRow> orgs;
    private final List<StaffRow> staff;
    private final Merger merger;
    private final Map<String, OrgUnitRow> byCode;
    private final Map<String, List<OrgUnitRow>> children;
    private final Map<String, List<StaffRow>> staffByOrg;

    public ProvinceRegistry(List<OrgUnitRow> orgs, List<StaffRow> staff, Merger merger) {
        this.orgs = List.copyOf(orgs);
        this.staff = List.copyOf(staff);
        this.merger = merger;
        this.byCode = orgs.stream().collect(toMap(OrgUnitRow::orgCode, o -> o, (a, b) -> a, LinkedHashMap::new));
        this.children = orgs.stream()
                .filter(o -> o.parentCode() != null)
                .collect(groupingBy(OrgUnitRow::parentCode, LinkedHashMap::new, toList()));
        this.staffByOrg = staff.stream().collect(groupingBy(StaffRow::orgCode, LinkedHashMap::new, toList()));
    }

    public List<OrgUnitRow> orgs() {
        return orgs;
    }

    public List<StaffRow> staff() {
        return staff;
    }

    public Merger merger() {
        return merger;
    }

    public OrgUnitRow get(String code) {
        OrgUnitRow org = byCode.get(code);
        if (org == null) {
            throw new IllegalArgumentException("no organisation " + code);
        }
        return org;
    }

    public boolean contains(String code) {
        return byCode.containsKey(code);
    }

    public List<OrgUnitRow> grassroots() {
        return orgs.stream().filter(o -> o.kind().equals(OrgUnitRow.GRASSROOTS)).toList();
    }

    public List<OrgUnitRow> children(String code) {
        return children.getOrDefault(code, List.of());
    }

    /** The organisation that carries {@code org} on at {@code day}: itself, or its successors' chain. */
    public OrgUnitRow resolve(OrgUnitRow org, LocalDate day) {
        OrgUnitRow current = org;
        while (current.validTo() != null && day.isAfter(current.validTo()) && current.successorCode() != null) {
            current = get(current.successorCode());
        }
        return current;
    }

    /** Organisations of the same kind under the same parent, valid on {@code day}: where tasks get passed. */
    public List<OrgUnitRow> peers(OrgUnitRow org, LocalDate day) {
        return children(org.parentCode()).stream()
                .filter(o -> o.kind().equals(org.kind())
                        && o.validOn(day)
                        && !o.orgCode().equals(org.orgCode()))
                .toList();
    }

    public OrgUnitRow parent(OrgUnitRow org) {
        return get(org.parentCode());
    }

    public List<StaffRow> staffOf(String orgCode) {
        return staffByOrg.getOrDefault(orgCode, List.of());
    }

    /** Party cells and departments (the units that hold tasks) under a grassroots organisation. */
    public List<OrgUnitRow> taskHoldersUnder(String grassrootsCode) {
        return orgs.stream()
                .filter(o -> o.kind().equals(OrgUnitRow.CELL) || o.kind().equals(OrgUnitRow.DEPARTMENT))
                .filter(o -> grassrootsCode.equals(grassrootsOf(o).orgCode()))
                .toList();
    }

    /** The grassroots organisation an organisation belongs to (itself for a grassroots organisation). */
    public OrgUnitRow grassrootsOf(OrgUnitRow org) {
        OrgUnitRow current = org;
        while (!current.kind().equals(OrgUnitRow.GRASSROOTS)) {
            if (current.parentCode() == null) {
                return current;
            }
            current = get(current.parentCode());
        }
        return current;
    }

    public List<String> cellsBehaving(Behaviour behaviour) {
        return orgs.stream()
                .filter(o -> o.kind().equals(OrgUnitRow.CELL) && o.behaviour() == behaviour)
                .map(OrgUnitRow::orgCode)
                .toList();
    }
}

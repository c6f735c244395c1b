package vn.kyluat.sample;

import java.time.LocalDate;
import vn.kyluat.contract.Relation;

/** A row of {@code org_unit}, with the behaviour the generator gives the organisation's tasks. */
public record OrgUnitRow(
        String orgCode,
        String name,
        String parentCode,
        String kind,
        LocalDate validFrom,
        LocalDate validTo,
        String successorCode,
        Behaviour behaviour)
        implements GeneratedRow {

    public static final String BLOC = "bloc_committee";
    public static final String GRASSROOTS = "grassroots_org";
    public static final String CELL = "party_cell";
    public static final String AGENCY = "agency";
    public static final String DEPARTMENT = "department";

    @Override
    public Relation relation() {
        return Relation.ORG_UNIT;
    }

    @Override
    public Object[] values() {
        return new Object[] {orgCode, name, parentCode, kind, validFrom, validTo, successorCode};
    }

    /** valid_from and valid_to are both inclusive (docs/metrics.md, Time). */
    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    public OrgUnitRow dissolved(LocalDate lastDay, String successor) {
        return new OrgUnitRow(orgCode, name, parentCode, kind, validFrom, lastDay, successor, behaviour);
    }
}

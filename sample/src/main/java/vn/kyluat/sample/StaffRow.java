package vn.kyluat.sample;

import java.time.LocalDate;
import vn.kyluat.contract.Relation;

/** A row of {@code staff}: one membership of a person in an organisation. */
public record StaffRow(
        String personCode,
        String fullName,
        String orgCode,
        String role,
        boolean partyMember,
        LocalDate validFrom,
        LocalDate validTo)
        implements GeneratedRow {

    @Override
    public Relation relation() {
        return Relation.STAFF;
    }

    @Override
    public Object[] values() {
        return new Object[] {personCode, fullName, orgCode, role, partyMember, validFrom, validTo};
    }

    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}

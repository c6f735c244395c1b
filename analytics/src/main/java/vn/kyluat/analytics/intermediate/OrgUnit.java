package vn.kyluat.analytics.intermediate;

import java.time.LocalDate;

/** One row of the organisation registry (docs/contract.md, org_unit). */
public record OrgUnit(
        String code,
        String name,
        String parentCode,
        String kind,
        LocalDate validFrom,
        LocalDate validTo,
        String successorCode) {

    /** valid_from and valid_to are both inclusive (docs/metrics.md, Time). */
    public boolean validOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !day.isAfter(validTo));
    }
}

package vn.kyluat.analytics.intermediate;

import java.time.LocalDate;

/** One row of the organisation registry (METRICS.md §1 org_unit). */
public record OrgUnit(
    String code, String name, String parentCode, String kind, LocalDate validFrom, LocalDate validTo,
    String successorCode) {

  /** valid_from and valid_to are both inclusive (METRICS.md §3). */
  public boolean validOn(LocalDate day) {
    return validDuring(day, day);
  }

  /** Valid on at least one day from {@code first} to {@code last}, both inclusive. */
  public boolean validDuring(LocalDate first, LocalDate last) {
    return !validFrom.isAfter(last) && (validTo == null || !first.isAfter(validTo));
  }
}

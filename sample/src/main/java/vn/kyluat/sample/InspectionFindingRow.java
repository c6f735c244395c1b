package vn.kyluat.sample;

import java.time.LocalDate;
import vn.kyluat.contract.Relation;

/** A row of {@code inspection_finding}. */
public record InspectionFindingRow(
        String findingCode,
        String orgCode,
        LocalDate foundAt,
        LocalDate remedyDueDate,
        LocalDate remediedAt,
        String severity)
        implements GeneratedRow {

    @Override
    public Relation relation() {
        return Relation.INSPECTION_FINDING;
    }

    @Override
    public Object[] values() {
        return new Object[] {findingCode, orgCode, foundAt, remedyDueDate, remediedAt, severity};
    }
}

package vn.kyluat.sample;

import java.time.LocalDate;
import vn.kyluat.contract.Relation;

/** A row of {@code discipline_action}. */
public record DisciplineActionRow(
        String actionCode, String personCode, String orgCode, String kind, String reason, LocalDate decidedAt)
        implements GeneratedRow {

    @Override
    public Relation relation() {
        return Relation.DISCIPLINE_ACTION;
    }

    @Override
    public Object[] values() {
        return new Object[] {actionCode, personCode, orgCode, kind, reason, decidedAt};
    }
}

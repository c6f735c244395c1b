package vn.kyluat.reports.marts;

import vn.kyluat.contract.Mart;
import vn.kyluat.contract.Quarter;

/** One row of discipline_by_kind: the actions of one kind decided in a quarter, in one scope of a unit. */
public record DisciplineCount(Quarter quarter, String orgCode, String scope, String kind, long actions) {
    static DisciplineCount of(MartRow row) {
        return new DisciplineCount(
                Quarter.parse(row.get(Mart.QUARTER)),
                row.get(Mart.ORG_CODE),
                row.get(Mart.SCOPE),
                row.get(Mart.KIND),
                row.getLong(Mart.ACTIONS));
    }

    public boolean isSubtree() {
        return Mart.SCOPE_SUBTREE.equals(scope);
    }
}

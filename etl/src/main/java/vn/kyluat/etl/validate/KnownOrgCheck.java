package vn.kyluat.etl.validate;

import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.kyluat.contract.RejectRule;
import vn.kyluat.contract.Relation;

/** Every organisation code a record names is one the registry sources deliver. */
public final class KnownOrgCheck implements RowCheck {
    /** The columns of each relation that name an organisation. */
    static final Map<Relation, List<String>> ORG_COLUMNS = Map.of(
            Relation.ORG_UNIT, List.of("parent_code", "successor_code"),
            Relation.STAFF, List.of("org_code"),
            Relation.TASK, List.of("lead_org_code", "assigned_by_org_code"),
            Relation.TASK_EVENT, List.of("from_org_code", "to_org_code"),
            Relation.DISCIPLINE_ACTION, List.of("org_code"),
            Relation.INSPECTION_FINDING, List.of("org_code"));

    private final int[] indexes;
    private final List<String> names;
    private final Set<String> knownOrgs;

    public KnownOrgCheck(Relation relation, Set<String> knownOrgs) {
        this.names = ORG_COLUMNS.get(relation);
        this.indexes = names.stream().mapToInt(n -> Columns.index(relation, n)).toArray();
        this.knownOrgs = knownOrgs;
    }

    @Override
    public Rejection check(Object[] values) {
        for (int i = 0; i < indexes.length; i++) {
            Object code = values[indexes[i]];
            if (code != null && !knownOrgs.contains(code)) {
                return new Rejection(
                        RejectRule.UNKNOWN_ORG, names.get(i) + " '" + code + "' is not in the organisation registry");
            }
        }
        return null;
    }
}

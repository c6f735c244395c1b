package vn.kyluat.sample;

import java.util.List;
import vn.kyluat.contract.RejectRule;
import vn.kyluat.contract.Relation;

/**
 * Writes the organisation registry (org_unit, staff, the planted mover's two memberships among them)
 * and its planted bad records.
 */
final class RegistryGenerator {
    private RegistryGenerator() {}

    static void generate(Province province, UnitSink sink, ExpectedTruth truth) {
        ProvinceRegistry tree = province.tree();
        List<StaffRow> staff = tree.staff();
        tree.orgs().forEach(sink::write);
        staff.forEach(sink::write);
        int planted = 0;
        for (RejectRule rule : RejectRule.values()) {
            List<Relation> relations = BadRecords.relationsFor(rule, true);
            for (int j = 0; j < province.size().badPerRule() && !relations.isEmpty(); j++) {
                Relation relation = relations.get(j % relations.size());
                planted++;
                RawRow row = relation == Relation.STAFF
                        ? BadRecords.staff(rule, template(staff, planted), String.format("NVX%05d", planted))
                        : BadRecords.org(rule, template(tree.orgs(), planted), String.format("CSX%02d", planted));
                sink.write(row);
                truth.planted(Province.REGISTRY_ID, relation, rule);
            }
        }
    }

    /** A good row from the middle of the list, a different one for each planted record. */
    private static <T> T template(List<T> rows, int planted) {
        return rows.get((rows.size() / 2 + planted * 7) % rows.size());
    }
}

package vn.kyluat.etl.validate;

import java.util.List;
import vn.kyluat.contract.Column;
import vn.kyluat.contract.RejectRule;
import vn.kyluat.contract.Relation;

/** Every required column has a value. */
public final class RequiredFieldsCheck implements RowCheck {
    private final List<Column> columns;

    public RequiredFieldsCheck(Relation relation) {
        this.columns = relation.columns();
    }

    @Override
    public Rejection check(Object[] values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null && columns.get(i).required()) {
                return new Rejection(RejectRule.MISSING_REQUIRED, columns.get(i).name() + " is missing");
            }
        }
        return null;
    }
}

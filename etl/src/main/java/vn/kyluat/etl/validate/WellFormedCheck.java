package vn.kyluat.etl.validate;

import java.util.List;
import vn.kyluat.contract.RejectRule;
import vn.kyluat.contract.Relation;
import vn.kyluat.etl.source.Malformed;

/** Every value could be read as its column's type (date, timestamp, number, boolean). */
public final class WellFormedCheck implements RowCheck {
    private final List<String> names;

    public WellFormedCheck(Relation relation) {
        this.names = relation.columnNames();
    }

    @Override
    public Rejection check(Object[] values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Malformed bad) {
                return new Rejection(
                        RejectRule.MALFORMED_VALUE, names.get(i) + " '" + bad.text() + "' is not " + bad.expected());
            }
        }
        return null;
    }
}

package vn.kyluat.etl.validate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import vn.kyluat.contract.Column;
import vn.kyluat.contract.RejectRule;
import vn.kyluat.contract.Relation;

/** Every enumerated column holds one of its allowed values (exactly, case included). */
public final class EnumerationCheck implements RowCheck {
    private final List<Column> columns;
    private final int[] enumerated;
    /** The allowed values of each enumerated column, hashed: a list compares the text with each value in turn. */
    private final List<Set<String>> allowed;

    public EnumerationCheck(Relation relation) {
        this.columns = relation.columns();
        this.enumerated = IntStream.range(0, columns.size())
                .filter(i -> columns.get(i).isEnumeration())
                .toArray();
        this.allowed = IntStream.of(enumerated)
                .<Set<String>>mapToObj(i -> new HashSet<>(columns.get(i).allowedValues()))
                .toList();
    }

    @Override
    public Rejection check(Object[] values) {
        for (int j = 0; j < enumerated.length; j++) {
            Object value = values[enumerated[j]];
            if (value != null && !allowed.get(j).contains(value)) {
                Column column = columns.get(enumerated[j]);
                return new Rejection(
                        RejectRule.NOT_IN_ENUMERATION,
                        column.name() + " '" + value + "' is not one of " + column.allowedValues());
            }
        }
        return null;
    }
}

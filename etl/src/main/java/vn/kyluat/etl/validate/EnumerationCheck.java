package vn.kyluat.etl.validate;

import java.util.List;
import java.util.stream.IntStream;
import vn.kyluat.contract.Column;
import vn.kyluat.contract.Relation;
import vn.kyluat.contract.RejectRule;

/** Every enumerated column holds one of its allowed values (exactly, case included). */
public final class EnumerationCheck implements RowCheck {
  private final List<Column> columns;
  private final int[] enumerated;

  public EnumerationCheck(Relation relation) {
    this.columns = relation.columns();
    this.enumerated = IntStream.range(0, columns.size()).filter(i -> columns.get(i).isEnumeration()).toArray();
  }

  @Override
  public Rejection check(Object[] values) {
    for (int i : enumerated) {
      Column column = columns.get(i);
      if (values[i] != null && !column.allowedValues().contains(values[i])) {
        return new Rejection(
            RejectRule.NOT_IN_ENUMERATION,
            column.name() + " '" + values[i] + "' is not one of " + column.allowedValues());
      }
    }
    return null;
  }
}

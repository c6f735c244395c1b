package vn.kyluat.etl.validate;

import java.util.Objects;
import vn.kyluat.contract.Relation;
import vn.kyluat.contract.RejectRule;

/**
 * A key delivered twice by one source. Rows arrive by key with the latest {@code updated_at} first
 * (file order among equals), so the first row of a key is kept and every later one is rejected. The
 * last key seen is state that a restarted step must get back ({@link #lastKey()}, {@link #resume}).
 */
public final class DuplicateKeyCheck implements RowCheck {
  private final int keyIndex;
  private final String keyName;
  private final String keptBy;
  private Object lastKey;

  public DuplicateKeyCheck(Relation relation) {
    this.keyIndex = Columns.index(relation, relation.keyColumn());
    this.keyName = relation.keyColumn();
    this.keptBy = relation.watermarkColumn()
        .filter(w -> !w.equals(relation.keyColumn()))
        .map(w -> "the row with the latest " + w)
        .orElse("the first row read");
  }

  @Override
  public Rejection check(Object[] values) {
    Object key = values[keyIndex];
    if (key == null) {
      return null;
    }
    boolean duplicate = Objects.equals(key, lastKey);
    lastKey = key;
    return duplicate
        ? new Rejection(RejectRule.DUPLICATE_KEY, keyName + " '" + key + "' is delivered more than once; kept " + keptBy)
        : null;
  }

  public Object lastKey() {
    return lastKey;
  }

  public void resume(Object lastKey) {
    this.lastKey = lastKey;
  }
}

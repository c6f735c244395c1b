package vn.kyluat.etl.validate;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.kyluat.contract.RejectRule;
import vn.kyluat.contract.Relation;

/**
 * A key delivered twice by one source. Rows arrive by key with the latest {@code updated_at} first
 * (file order among equals), so the first row of a key is kept and every later one is rejected. The
 * last key seen is state that a restarted step must get back ({@link #lastKey()}, {@link #resume}).
 * A key of several columns (staff: person_code, valid_from) is compared whole; it is not kept across
 * a restart, which needs none: a chunk never splits the rows of the key's first column, so a resumed
 * step starts on a new one.
 */
public final class DuplicateKeyCheck implements RowCheck {
    private final int[] keyIndexes;
    private final String keyName;
    private final String keptBy;
    private Object lastKey;

    public DuplicateKeyCheck(Relation relation) {
        this.keyIndexes = relation.keyColumns().stream()
                .mapToInt(c -> Columns.index(relation, c))
                .toArray();
        this.keyName = String.join(", ", relation.keyColumns());
        this.keptBy = relation.watermarkColumn()
                .filter(w -> !w.equals(relation.keyColumn()))
                .map(w -> "the row with the latest " + w)
                .orElse("the first row read");
    }

    @Override
    public Rejection check(Object[] values) {
        Object key = key(values);
        if (key == null) {
            return null;
        }
        boolean duplicate = Objects.equals(key, lastKey);
        lastKey = key;
        return duplicate
                ? new Rejection(
                        RejectRule.DUPLICATE_KEY,
                        keyName + " '" + text(key) + "' is delivered more than once; kept " + keptBy)
                : null;
    }

    /** The key's one value, or the list of its values; null when its first column is null. */
    private Object key(Object[] values) {
        if (values[keyIndexes[0]] == null) {
            return null;
        }
        return keyIndexes.length == 1
                ? values[keyIndexes[0]]
                : Arrays.stream(keyIndexes).mapToObj(i -> values[i]).toList();
    }

    private static String text(Object key) {
        return key instanceof List<?> values
                ? values.stream().map(String::valueOf).collect(Collectors.joining(", "))
                : String.valueOf(key);
    }

    public Object lastKey() {
        return lastKey;
    }

    public void resume(Object lastKey) {
        this.lastKey = lastKey;
    }
}

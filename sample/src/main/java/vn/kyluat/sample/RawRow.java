package vn.kyluat.sample;

import vn.kyluat.contract.Relation;

/** A row built value by value, as the bad-record planter makes them. */
public record RawRow(Relation relation, Object[] values) implements GeneratedRow {
    public RawRow {
        values = values.clone();
    }

    public static RawRow copyOf(GeneratedRow row) {
        return new RawRow(row.relation(), row.values());
    }

    /** A copy with one column replaced. */
    public RawRow with(String column, Object value) {
        Object[] changed = values.clone();
        changed[relation.columnNames().indexOf(column)] = value;
        return new RawRow(relation, changed);
    }

    public Object get(String column) {
        return values[relation.columnNames().indexOf(column)];
    }
}

package vn.kyluat.contract;

import java.util.List;

/**
 * One column of a relation of the source contract (docs/contract.md).
 *
 * @param allowedValues the enumeration a TEXT column is restricted to; empty when free text
 */
public record Column(String name, ColumnType type, boolean required, List<String> allowedValues) {
    public Column {
        allowedValues = List.copyOf(allowedValues);
    }

    static Column required(String name, ColumnType type, String... allowed) {
        return new Column(name, type, true, List.of(allowed));
    }

    static Column required(String name, ColumnType type, List<String> allowed) {
        return new Column(name, type, true, allowed);
    }

    static Column optional(String name, ColumnType type, String... allowed) {
        return new Column(name, type, false, List.of(allowed));
    }

    public boolean isEnumeration() {
        return !allowedValues.isEmpty();
    }
}

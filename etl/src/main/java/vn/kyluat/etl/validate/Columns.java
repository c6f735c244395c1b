package vn.kyluat.etl.validate;

import vn.kyluat.contract.Relation;

/** Column positions of a relation, resolved once when a check is built. */
final class Columns {
    private Columns() {}

    static int index(Relation relation, String column) {
        int index = relation.columnNames().indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException(relation.tableName() + " has no column '" + column + "'");
        }
        return index;
    }

    static boolean has(Relation relation, String column) {
        return relation.columnNames().contains(column);
    }
}

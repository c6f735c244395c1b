package vn.kyluat.warehouse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;
import vn.kyluat.contract.LakeLayout;
import vn.kyluat.contract.Mart;
import vn.kyluat.contract.MartGrain;

/**
 * The warehouse table of one mart: the contract's columns of the mart, in its order, each typed
 * from the Parquet schema the analysis wrote (a partition column is text); the mart's grain is the
 * primary key. A new mart or column loads without a change here.
 */
record MartTable(Mart mart, List<TableColumn> columns, List<String> primaryKey) {

    /** Columns never loaded: the rejected records' raw values may hold names and personal codes. */
    static final Set<String> PERSONAL_DATA = Set.of(LakeLayout.RAW_VALUES);

    static MartTable of(Mart mart, MessageType fileSchema, List<String> partitionColumns) {
        List<TableColumn> columns = new ArrayList<>();
        for (String name : mart.columns()) {
            if (PERSONAL_DATA.contains(name)) {
                continue;
            }
            if (partitionColumns.contains(name)) {
                columns.add(new TableColumn(name, PgType.TEXT, true));
            } else if (fileSchema.containsField(name)) {
                Type field = fileSchema.getType(name);
                if (!field.isPrimitive()) {
                    throw new IllegalStateException(
                            "the mart " + mart.martName() + " has a nested column '" + name + "'");
                }
                columns.add(new TableColumn(name, PgType.of(field.asPrimitiveType()), false));
            } else {
                throw new IllegalStateException("the mart " + mart.martName() + " has no column '" + name
                        + "': it was written by an older analysis; run ./ops analyze again");
            }
        }
        return new MartTable(mart, List.copyOf(columns), MartGrain.of(mart));
    }

    String name() {
        return mart.martName();
    }

    List<String> columnNames() {
        return columns.stream().map(TableColumn::name).toList();
    }
}

package vn.kyluat.etl.job;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.kyluat.contract.Relation;
import vn.kyluat.etl.lake.ParquetFiles;
import vn.kyluat.etl.lake.RelationDataset;
import vn.kyluat.etl.source.ExtractionPlan;
import vn.kyluat.etl.source.RowConverter;
import vn.kyluat.etl.source.SourceRow;
import vn.kyluat.etl.source.Watermarks;

/**
 * The rows an incremental read's window re-reads that the lake already holds: the published keys
 * whose watermark lies in the window, with that watermark. A source row is already loaded when the
 * lake holds its key at the same or a later watermark (a task not updated since, an event already
 * there); it is skipped, not read again, so an unchanged source leaves the lake as it was.
 */
final class LoadedWindow {
    private static final LoadedWindow NONE = new LoadedWindow(null, Map.of());
    private final Relation relation;
    private final Map<Object, Object> watermarkByKey;

    private LoadedWindow(Relation relation, Map<Object, Object> watermarkByKey) {
        this.relation = relation;
        this.watermarkByKey = watermarkByKey;
    }

    /** The published rows past the plan's read start; none for a whole reload. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static LoadedWindow of(RelationDataset dataset, ExtractionPlan plan) {
        Relation relation = dataset.relation();
        Object readAfter = plan.readAfter(relation);
        if (readAfter == null || dataset.current().isEmpty()) {
            return NONE;
        }
        String key = relation.keyColumn();
        String watermark = relation.watermarkColumn().orElseThrow();
        // Events: the key is the watermark, one column.
        List<String> columns = key.equals(watermark) ? List.of(key) : List.of(key, watermark);
        Map<Object, Object> byKey = new HashMap<>();
        for (var part : dataset.parts(dataset.current().get().version())) {
            ParquetFiles.readColumns(part, columns, row -> {
                Object rowWatermark = row[columns.size() - 1];
                if (rowWatermark != null && ((Comparable) rowWatermark).compareTo(readAfter) > 0) {
                    byKey.put(row[0], rowWatermark);
                }
            });
        }
        return new LoadedWindow(relation, byKey);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    boolean holds(SourceRow row) {
        if (watermarkByKey.isEmpty()) {
            return false;
        }
        Object loaded = watermarkByKey.get(typed(row, relation.keyColumn()));
        Object read = typed(row, relation.watermarkColumn().orElseThrow());
        return loaded != null && Watermarks.isWatermark(read) && ((Comparable) loaded).compareTo(read) >= 0;
    }

    private Object typed(SourceRow row, String column) {
        return RowConverter.typed(
                relation, column, row.raw()[relation.columnNames().indexOf(column)]);
    }
}

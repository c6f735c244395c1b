package vn.kyluat.etl.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import vn.kyluat.contract.Relation;
import vn.kyluat.etl.config.CsvOptions;

/**
 * Reads one relation of a CSV source. Unit exports are small, so the file is read whole and put in
 * the same order a database read has: past the watermark only, by key, the latest version of a key
 * first (a stable sort, so among equals the first in the file comes first); after a restart, only
 * the rows after the last committed key.
 */
public final class CsvRelationReader extends RelationReader {
    private final Path file;
    private final CsvOptions options;
    private Object watermark;
    private Iterator<SourceRow> rows;

    public CsvRelationReader(String sourceId, Path file, Relation relation, CsvOptions options) {
        super(sourceId, relation);
        this.file = file;
        this.options = options;
    }

    @Override
    protected void doOpen() {
        watermark = plan.readAfter(relation);
        List<SourceRow> all;
        try {
            all = CsvRelationFile.read(file, relation, options);
        } catch (CsvFileException e) {
            throw new SourceUnavailableException("source " + sourceId + ": " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new SourceUnavailableException(
                    "source " + sourceId + ": cannot read " + file + ": " + SourceConnections.rootMessage(e), e);
        }
        rows = all.stream()
                .filter(this::pastWatermark)
                .filter(this::afterCommittedKey)
                .sorted(extractionOrder(relation))
                .iterator();
    }

    @Override
    protected SourceRow doRead() {
        return rows.hasNext() ? rows.next() : null;
    }

    @Override
    protected void doClose() {
        rows = null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private boolean pastWatermark(SourceRow row) {
        if (watermark == null) {
            return true;
        }
        Object value = typed(row, relation, relation.watermarkColumn().orElseThrow());
        return Watermarks.isWatermark(value) && ((Comparable) value).compareTo(watermark) > 0;
    }

    /** Null (and unreadable) keys sort last, so they are never before the committed key. */
    private boolean afterCommittedKey(SourceRow row) {
        if (afterKey == null) {
            return true;
        }
        Comparable<Object> key = sortable(typed(row, relation, relation.keyColumn()));
        return key == null
                || VALUES.compare(key, sortable(RowConverter.typed(relation, relation.keyColumn(), afterKey))) > 0;
    }

    /** By every key column (numeric keys as numbers), then latest watermark first; unreadable values last. */
    static Comparator<SourceRow> extractionOrder(Relation relation) {
        Comparator<SourceRow> order = relation.keyColumns().stream()
                .map(k -> Comparator.comparing((SourceRow r) -> sortable(typed(r, relation, k)), VALUES))
                .reduce(Comparator::thenComparing)
                .orElseThrow();
        return relation.watermarkColumn()
                .filter(w -> !w.equals(relation.keyColumn()))
                .map(w -> order.thenComparing(r -> sortable(typed(r, relation, w)), LATEST_FIRST))
                .orElse(order);
    }

    private static final Comparator<Comparable<Object>> VALUES = Comparator.nullsLast(Comparator.naturalOrder());
    private static final Comparator<Comparable<Object>> LATEST_FIRST = Comparator.nullsLast(Comparator.reverseOrder());

    @SuppressWarnings("unchecked")
    private static Comparable<Object> sortable(Object value) {
        return value instanceof Comparable<?> c ? (Comparable<Object>) c : null;
    }

    private static Object typed(SourceRow row, Relation relation, String column) {
        return RowConverter.typed(
                relation, column, row.raw()[relation.columnNames().indexOf(column)]);
    }
}

package vn.kyluat.etl.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import vn.kyluat.contract.Relation;
import vn.kyluat.etl.lake.RelationDataset;
import vn.kyluat.etl.source.ExtractionPlan;
import vn.kyluat.etl.source.RelationReader;
import vn.kyluat.etl.source.SourceRow;

/**
 * Hands a relation's rows to the step in blocks, so that Spring Batch's handling of each item
 * (events, observation scopes, listeners) is paid once per block rather than once per row, and
 * keeps the step's restart state: rows read, and the key of the last row handed, saved with each
 * chunk. The blocks of a chunk add up to {@code chunkSize} rows, and then to the end of the last
 * key's rows: a chunk never splits a key's duplicates, so a restart resumes after the last
 * committed key and its first row is a key of its own. Rows of an incremental read's window that
 * the lake already holds ({@link LoadedWindow}) are skipped: not read again, counted apart.
 */
final class RowBlockReader implements ItemStreamReader<List<SourceRow>> {
    static final int BLOCK_ROWS = 1_000;
    private final RelationReader rows;
    private final RelationDataset dataset;
    private final Relation relation;
    private final int keyIndex;
    private final int chunkSize;
    private LoadedWindow loaded;
    private long rowsRead;
    private long alreadyLoaded;
    private Object lastKey;
    private long blocksSinceOpen;
    private SourceRow pending;
    private boolean exhausted;

    RowBlockReader(RelationReader rows, RelationDataset dataset, int chunkSize) {
        this.rows = rows;
        this.dataset = dataset;
        this.relation = dataset.relation();
        this.keyIndex = relation.columnNames().indexOf(relation.keyColumn());
        this.chunkSize = chunkSize;
    }

    /** Rows of the window skipped because the lake holds them already, kept in the step context. */
    static String alreadyLoadedKey(Relation relation) {
        return relation.tableName() + ".reader.already_loaded";
    }

    /** The step's chunk size in blocks: every block full but the last of each chunk. */
    static int blocksPerChunk(int chunkSize) {
        return (chunkSize + BLOCK_ROWS - 1) / BLOCK_ROWS;
    }

    @Override
    public void open(ExecutionContext context) {
        rows.open(context);
        loaded = LoadedWindow.of(dataset, ExtractionPlan.from(context));
        rowsRead = context.getLong(RelationReader.readCountKey(relation), 0);
        alreadyLoaded = context.getLong(alreadyLoadedKey(relation), 0);
        lastKey = context.get(RelationReader.afterKeyKey(relation));
        blocksSinceOpen = 0;
        pending = null;
        exhausted = false;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(RelationReader.readCountKey(relation), rowsRead);
        context.putLong(alreadyLoadedKey(relation), alreadyLoaded);
        if (lastKey != null) {
            context.put(RelationReader.afterKeyKey(relation), lastKey);
        }
    }

    @Override
    public void close() {
        rows.close();
    }

    /** The next block, up to the end of the current chunk and its last key; null when the relation is read. */
    @Override
    public List<SourceRow> read() throws Exception {
        int perChunk = blocksPerChunk(chunkSize);
        boolean endsChunk = blocksSinceOpen % perChunk == perChunk - 1;
        int size = endsChunk ? chunkSize - (perChunk - 1) * BLOCK_ROWS : BLOCK_ROWS;
        List<SourceRow> block = new ArrayList<>(size);
        SourceRow row;
        while (block.size() < size && (row = next()) != null) {
            block.add(row);
        }
        while (endsChunk && !block.isEmpty() && (row = next()) != null) {
            if (!Objects.equals(key(row), key(block.get(block.size() - 1)))) {
                pending = row;
                break;
            }
            block.add(row);
        }
        if (block.isEmpty()) {
            return null;
        }
        blocksSinceOpen++;
        rowsRead += block.size();
        lastKey = key(block.get(block.size() - 1));
        return block;
    }

    private SourceRow next() throws Exception {
        if (pending != null) {
            SourceRow row = pending;
            pending = null;
            return row;
        }
        while (!exhausted) {
            SourceRow row = rows.read();
            exhausted = row == null;
            if (exhausted || !loaded.holds(row)) {
                return row;
            }
            alreadyLoaded++;
        }
        return null;
    }

    private Object key(SourceRow row) {
        return row.raw()[keyIndex];
    }
}

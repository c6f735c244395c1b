package vn.kyluat.etl.source;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import vn.kyluat.contract.Relation;

/**
 * Reads one relation of one source in a deterministic order (by key, latest version first, null
 * keys last), as the step's {@link ExtractionPlan} says. A restarted step reads only the rows after
 * the last committed key ({@link #afterKeyKey}): rows inserted or deleted in front of it since then
 * shift nothing.
 */
public abstract class RelationReader implements ItemStreamReader<SourceRow> {
    protected final String sourceId;
    protected final Relation relation;
    protected ExtractionPlan plan;
    /** The key of the last committed row (String or Long, as read); null on a first read. */
    protected Object afterKey;

    protected RelationReader(String sourceId, Relation relation) {
        this.sourceId = sourceId;
        this.relation = relation;
    }

    /** Rows read and committed, kept in the step context ({@code task.reader.rows}). */
    public static String readCountKey(Relation relation) {
        return relation.tableName() + ".reader.rows";
    }

    /** The key of the last committed row, kept in the step context. */
    public static String afterKeyKey(Relation relation) {
        return relation.tableName() + ".reader.after_key";
    }

    @Override
    public void open(ExecutionContext context) {
        plan = ExtractionPlan.from(context);
        afterKey = context.get(afterKeyKey(relation));
        doOpen();
    }

    @Override
    public SourceRow read() throws Exception {
        return doRead();
    }

    @Override
    public void close() {
        doClose();
    }

    protected abstract void doOpen();

    protected abstract SourceRow doRead() throws Exception;

    protected abstract void doClose();
}

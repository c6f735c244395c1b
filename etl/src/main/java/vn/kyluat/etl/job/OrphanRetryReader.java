package vn.kyluat.etl.job;

import java.util.Comparator;
import java.util.Iterator;
import java.util.Set;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import vn.kyluat.contract.Relation;
import vn.kyluat.etl.lake.RelationDataset;
import vn.kyluat.etl.source.RelationReader;
import vn.kyluat.etl.source.RowConverter;
import vn.kyluat.etl.source.SourceRow;

/**
 * A source's events with its {@link PendingOrphans} merged in, in the read order (by event id, null
 * ids last), so that duplicate detection and restarts by key see one ordered stream. A pending event
 * the source delivers again (inside the read window) comes once, as the pending one; one given up
 * after its last retry does not come again.
 */
final class OrphanRetryReader extends RelationReader {
    private static final Comparator<Object> IDS = Comparator.nullsLast(Comparator.comparing(id -> (Long) id));
    private final RelationReader source;
    private final PendingOrphans orphans;
    private final RelationDataset events;
    private final int idIndex = Relation.TASK_EVENT.columnNames().indexOf("event_id");
    private Iterator<Object[]> pending;
    private Set<Object> pendingIds;
    private Object[] nextPending;
    private SourceRow nextSource;

    OrphanRetryReader(RelationReader source, PendingOrphans orphans, RelationDataset events) {
        super(events.sourceId(), Relation.TASK_EVENT);
        this.source = source;
        this.orphans = orphans;
        this.events = events;
    }

    @Override
    public void open(ExecutionContext context) {
        source.open(context);
        super.open(context);
    }

    @Override
    protected void doOpen() {
        Object after = afterKey == null ? null : id(afterKey);
        // A whole read (--full) delivers every event again: the pending ones are judged afresh, not retried.
        PendingOrphans.Pending loaded = plan.incremental() ? orphans.load(events) : orphans.none();
        pendingIds = loaded.ids();
        pending = loaded.retried().stream()
                .filter(v -> after == null || IDS.compare(v[idIndex], after) > 0)
                .iterator();
        nextPending = pending.hasNext() ? pending.next() : null;
        nextSource = null;
    }

    @Override
    protected SourceRow doRead() throws Exception {
        if (nextSource == null) {
            nextSource = nextFromSource();
        }
        if (nextPending != null
                && (nextSource == null
                        || IDS.compare(nextPending[idIndex], id(nextSource.raw()[idIndex])) <= 0)) {
            SourceRow row = new SourceRow(nextPending);
            nextPending = pending.hasNext() ? pending.next() : null;
            return row;
        }
        SourceRow row = nextSource;
        nextSource = null;
        return row;
    }

    private SourceRow nextFromSource() throws Exception {
        SourceRow row;
        do {
            row = source.read();
        } while (row != null && pendingIds.contains(id(row.raw()[idIndex])));
        return row;
    }

    /** The event id as a number; an id that is not one sorts with the nulls. */
    private static Object id(Object raw) {
        Object id = RowConverter.typed(Relation.TASK_EVENT, "event_id", raw);
        return id instanceof Long ? id : null;
    }

    @Override
    protected void doClose() {
        source.close();
    }
}

package vn.kyluat.etl.source;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;
import vn.kyluat.contract.Relation;

/**
 * Reads one relation of one source in a deterministic order (by key, latest version first), as the
 * step's {@link ExtractionPlan} says. Counts what it reads; a restart skips the committed rows.
 */
public abstract class RelationReader extends AbstractItemCountingItemStreamItemReader<SourceRow> {
  protected final String sourceId;
  protected final Relation relation;
  protected ExtractionPlan plan;
  private long rowsRead;

  protected RelationReader(String sourceId, Relation relation) {
    this.sourceId = sourceId;
    this.relation = relation;
    setName(readerName(relation));
  }

  /** The prefix of the reader's keys in the step context ({@code task.reader.read.count}). */
  public static String readerName(Relation relation) {
    return relation.tableName() + ".reader";
  }

  /** Rows read and committed; Spring Batch's own read.count also counts the final empty read. */
  public static String readCountKey(Relation relation) {
    return readerName(relation) + ".rows";
  }

  @Override
  public void open(ExecutionContext context) {
    plan = ExtractionPlan.from(context);
    super.open(context);
    // Set after open: skipping the committed rows on a restart goes through read() too.
    rowsRead = context.getLong(readCountKey(relation), 0);
  }

  @Override
  public SourceRow read() throws Exception {
    SourceRow row = super.read();
    if (row != null) {
      rowsRead++;
    }
    return row;
  }

  @Override
  public void update(ExecutionContext context) {
    super.update(context);
    context.putLong(readCountKey(relation), rowsRead);
  }
}

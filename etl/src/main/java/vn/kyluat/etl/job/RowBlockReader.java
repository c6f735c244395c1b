package vn.kyluat.etl.job;

import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import vn.kyluat.etl.source.RelationReader;
import vn.kyluat.etl.source.SourceRow;

/**
 * Hands a relation's rows to the step in blocks, so that Spring Batch's handling of each item
 * (events, observation scopes, listeners) is paid once per block rather than once per row. The
 * blocks of a chunk add up to exactly {@code chunkSize} rows, so chunks, part files and restarts are
 * those of a step of rows; the wrapped reader counts and skips rows, so a restart resumes at the
 * committed row whatever the blocks were.
 */
final class RowBlockReader implements ItemStreamReader<List<SourceRow>> {
  static final int BLOCK_ROWS = 1_000;
  private final RelationReader rows;
  private final int chunkSize;
  private long readSinceOpen;
  private boolean exhausted;

  RowBlockReader(RelationReader rows, int chunkSize) {
    this.rows = rows;
    this.chunkSize = chunkSize;
  }

  /** The step's chunk size in blocks: every block full but the last of each chunk. */
  static int blocksPerChunk(int chunkSize) {
    return (chunkSize + BLOCK_ROWS - 1) / BLOCK_ROWS;
  }

  @Override
  public void open(ExecutionContext context) {
    rows.open(context);
    readSinceOpen = 0;
    exhausted = false;
  }

  @Override
  public void update(ExecutionContext context) {
    rows.update(context);
  }

  @Override
  public void close() {
    rows.close();
  }

  /** The next block, up to the end of the current chunk; null when the relation is read. */
  @Override
  public List<SourceRow> read() throws Exception {
    int size = (int) Math.min(BLOCK_ROWS, chunkSize - readSinceOpen % chunkSize);
    List<SourceRow> block = new ArrayList<>(size);
    while (!exhausted && block.size() < size) {
      SourceRow row = rows.read();
      if (row == null) {
        exhausted = true;
      } else {
        block.add(row);
      }
    }
    readSinceOpen += block.size();
    return block.isEmpty() ? null : block;
  }
}

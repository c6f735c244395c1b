package vn.kyluat.etl.source;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads rows ahead in a thread of their own, handing them over in blocks through a short queue, so
 * that reading and decoding a source overlaps with checking and writing the rows already read. The
 * order is the source's; at most {@code BLOCKS} blocks wait, so memory stays bounded.
 */
final class PrefetchedRows implements AutoCloseable {
    /** Produces the next row, or null at the end. */
    interface RowSource {
        Object[] next() throws Exception;
    }

    private static final int BLOCK_ROWS = 1024;
    private static final int BLOCKS = 16;
    private static final Object[][] END = new Object[0][];
    private final BlockingQueue<Object[][]> blocks = new ArrayBlockingQueue<>(BLOCKS);
    private final Thread reader;
    private volatile boolean stopped;
    private volatile Exception failure;
    private Object[][] block = new Object[0][];
    private int position;

    PrefetchedRows(RowSource source, String threadName) {
        reader = new Thread(() -> pump(source), threadName);
        reader.setDaemon(true);
        reader.start();
    }

    /** The next row, or null at the end; a failure of the source is thrown here, in the reading thread. */
    Object[] next() throws Exception {
        if (position == block.length) {
            if (block == END) {
                return null;
            }
            block = blocks.take();
            position = 0;
            if (block == END) {
                if (failure != null) {
                    throw failure;
                }
                return null;
            }
        }
        return block[position++];
    }

    private void pump(RowSource source) {
        try {
            Object[][] rows = new Object[BLOCK_ROWS][];
            int count = 0;
            Object[] row;
            while (!stopped && (row = source.next()) != null) {
                rows[count++] = row;
                if (count == BLOCK_ROWS) {
                    hand(rows);
                    rows = new Object[BLOCK_ROWS][];
                    count = 0;
                }
            }
            if (count > 0) {
                hand(java.util.Arrays.copyOf(rows, count));
            }
        } catch (Exception e) {
            failure = e;
        }
        try {
            hand(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void hand(Object[][] rows) throws InterruptedException {
        while (!stopped && !blocks.offer(rows, 100, TimeUnit.MILLISECONDS)) {
            // The consumer is busy; wait for room unless it has stopped reading.
        }
    }

    /** Stops reading ahead and waits (briefly) for the reading thread to finish its current row. */
    @Override
    public void close() throws InterruptedException {
        stopped = true;
        blocks.clear();
        reader.join(TimeUnit.SECONDS.toMillis(10));
    }
}

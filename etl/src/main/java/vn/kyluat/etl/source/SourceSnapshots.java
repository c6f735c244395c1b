package vn.kyluat.etl.source;

import java.sql.Connection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.kyluat.etl.config.SourceConfig;
import vn.kyluat.etl.config.SourceType;

/**
 * The connections of one run to its database sources: a {@code postgres} source's through its
 * {@link SourceSnapshot}, so every relation of it is read as of one instant; a {@code jdbc} source's
 * plain (each relation in a transaction of its own).
 */
public final class SourceSnapshots implements AutoCloseable {
    private final Map<String, SourceSnapshot> bySource = new ConcurrentHashMap<>();

    /** The snapshot of a {@code postgres} source, shared by the run's readers of it. */
    public SourceSnapshot of(SourceConfig source) {
        if (source.type() != SourceType.POSTGRES) {
            throw new IllegalArgumentException("source " + source.id() + " is not a postgres source");
        }
        return bySource.computeIfAbsent(source.id(), id -> new SourceSnapshot(id, source.jdbc()));
    }

    /** A read-only connection to a database source. */
    public Connection open(SourceConfig source) {
        return source.type() == SourceType.POSTGRES
                ? of(source).open()
                : SourceConnections.open(source.id(), source.jdbc());
    }

    /** Ends a source's snapshot once the run has read everything it reads from it. */
    public void release(String sourceId) {
        SourceSnapshot snapshot = bySource.get(sourceId);
        if (snapshot != null) {
            snapshot.close();
        }
    }

    @Override
    public void close() {
        bySource.values().forEach(SourceSnapshot::close);
    }
}

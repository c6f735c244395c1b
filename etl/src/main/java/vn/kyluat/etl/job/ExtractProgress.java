package vn.kyluat.etl.job;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Rows processed so far per source, updated by the writers and read by whoever reports progress. */
public final class ExtractProgress {
    private final Map<String, LongAdder> rows = new ConcurrentHashMap<>();

    void add(String sourceId, long count) {
        rows.computeIfAbsent(sourceId, id -> new LongAdder()).add(count);
    }

    public Map<String, Long> snapshot() {
        Map<String, Long> copy = new TreeMap<>();
        rows.forEach((id, adder) -> copy.put(id, adder.sum()));
        return copy;
    }
}

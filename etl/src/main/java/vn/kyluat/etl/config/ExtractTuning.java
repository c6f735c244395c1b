package vn.kyluat.etl.config;

import java.time.Duration;

/**
 * @param parallelism how many source flows run at once
 * @param chunkSize rows per chunk: one transaction, one Parquet part file
 * @param fetchSize rows the JDBC driver fetches per round trip
 * @param lookback how far behind the last {@code updated_at} watermark an incremental task read starts
 * @param eventLookback how many ids behind the last {@code event_id} watermark an incremental event read starts
 * @param orphanRetryRuns how many later runs retry an event rejected only because its task is unknown
 * @param keyCensus whether an incremental read of a database's tasks and events also reads its keys,
 *     to drop from the lake the rows deleted in the source
 */
public record ExtractTuning(
        int parallelism,
        int chunkSize,
        int fetchSize,
        Duration lookback,
        long eventLookback,
        int orphanRetryRuns,
        boolean keyCensus) {
    public static final ExtractTuning DEFAULT =
            new ExtractTuning(2, 20_000, 10_000, Duration.ofHours(2), 10_000, 10, true);

    /** These settings with the key census on or off (the benchmark measures both). */
    public ExtractTuning withKeyCensus(boolean on) {
        return new ExtractTuning(parallelism, chunkSize, fetchSize, lookback, eventLookback, orphanRetryRuns, on);
    }
}

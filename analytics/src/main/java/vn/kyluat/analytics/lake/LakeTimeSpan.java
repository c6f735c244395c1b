package vn.kyluat.analytics.lake;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import vn.kyluat.analytics.lake.ParquetFooter.InstantRange;
import vn.kyluat.contract.Relation;

/**
 * How far the lake's facts reach: the earliest assignment and the newest change (task.updated_at or
 * task_event.occurred_at); both empty when the lake holds no task.
 */
public record LakeTimeSpan(Optional<Instant> earliestAssignment, Optional<Instant> newestFact) {

    /**
     * From the statistics in the Parquet files' footers when every file of tasks and events has them for
     * these columns (no Spark job); else by aggregating the lake.
     */
    public static LakeTimeSpan of(LakeTables lake, Configuration conf) {
        return fromFooters(lake, conf).orElseGet(() -> aggregated(lake));
    }

    static Optional<LakeTimeSpan> fromFooters(LakeTables lake, Configuration conf) {
        String[] taskFiles = lake.get(Relation.TASK).inputFiles();
        if (taskFiles.length == 0) {
            // No task file: no task at all, or tables not read from files; aggregating them costs nothing.
            return Optional.empty();
        }
        String[] eventFiles = lake.get(Relation.TASK_EVENT).inputFiles();
        Optional<Map<String, InstantRange>> tasks =
                ranges(conf, taskFiles, List.of(Relation.ASSIGNED_AT, Relation.UPDATED_AT));
        Optional<Map<String, InstantRange>> events = ranges(conf, eventFiles, List.of(Relation.OCCURRED_AT));
        if (tasks.isEmpty() || events.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LakeTimeSpan(
                tasks.get().get(Relation.ASSIGNED_AT).least(),
                newest(
                        tasks.get().get(Relation.UPDATED_AT).greatest(),
                        events.get().get(Relation.OCCURRED_AT).greatest())));
    }

    static LakeTimeSpan aggregated(LakeTables lake) {
        Row tasks = lake.get(Relation.TASK)
                .agg(min(col(Relation.ASSIGNED_AT)), max(col(Relation.UPDATED_AT)))
                .head();
        Row events = lake.get(Relation.TASK_EVENT)
                .agg(max(col(Relation.OCCURRED_AT)))
                .head();
        return new LakeTimeSpan(instant(tasks.get(0)), newest(instant(tasks.get(1)), instant(events.get(0))));
    }

    /** Each column's range over all files; empty when one of them cannot tell. */
    private static Optional<Map<String, InstantRange>> ranges(
            Configuration conf, String[] files, List<String> columns) {
        Map<String, InstantRange> ranges = new HashMap<>();
        columns.forEach(column -> ranges.put(column, InstantRange.NONE));
        for (String file : files) {
            Optional<Map<String, InstantRange>> ofFile = ParquetFooter.instantRanges(conf, file, columns);
            if (ofFile.isEmpty()) {
                return Optional.empty();
            }
            ofFile.get().forEach((column, range) -> ranges.merge(column, range, InstantRange::with));
        }
        return Optional.of(ranges);
    }

    private static Optional<Instant> newest(Optional<Instant> newestTask, Optional<Instant> newestEvent) {
        return newestTask.isEmpty()
                ? newestEvent
                : newestEvent.filter(e -> e.isAfter(newestTask.get())).or(() -> newestTask);
    }

    /** Spark hands timestamps over as java.sql.Timestamp, or Instant with the java8 API enabled. */
    private static Optional<Instant> instant(Object value) {
        if (value instanceof java.sql.Timestamp timestamp) {
            return Optional.of(timestamp.toInstant());
        }
        return Optional.ofNullable((Instant) value);
    }
}

package vn.kyluat.bench.analyze;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.StageInfo;

/**
 * Executor time of every Spark stage of a run (the web UI is off), to say what dominates: stages
 * overlap and wait on each other's inputs, so their wall times would not.
 */
final class StageTimes extends SparkListener {
    /** Times in seconds; the shuffle read and written and the bytes sorts spilled to disk, in MiB. */
    record Stage(
            int id,
            String name,
            double seconds,
            double gcSeconds,
            int tasks,
            double shuffleReadMiB,
            double shuffleWriteMiB,
            double spilledMiB) {}

    private static final double MIB = 1024.0 * 1024.0;

    private final List<Stage> stages = new ArrayList<>();
    /** SparkContext.setJobDescription's local property. */
    private static final String JOB_DESCRIPTION = "spark.job.description";

    /** The job description (what the run was publishing) each stage was submitted under. */
    private final Map<Integer, String> descriptions = new HashMap<>();

    @Override
    public synchronized void onStageSubmitted(SparkListenerStageSubmitted submitted) {
        Optional.ofNullable(submitted.properties())
                .map(p -> p.getProperty(JOB_DESCRIPTION))
                .ifPresent(d -> descriptions.put(submitted.stageInfo().stageId(), d));
    }

    @Override
    public synchronized void onStageCompleted(SparkListenerStageCompleted completed) {
        StageInfo info = completed.stageInfo();
        TaskMetrics metrics = info.taskMetrics();
        stages.add(new Stage(
                info.stageId(),
                describe(info),
                metrics.executorRunTime() / 1000.0,
                metrics.jvmGCTime() / 1000.0,
                info.numTasks(),
                metrics.shuffleReadMetrics().totalBytesRead() / MIB,
                metrics.shuffleWriteMetrics().bytesWritten() / MIB,
                metrics.diskBytesSpilled() / MIB));
    }

    /** What the run was doing ("publish org_quarter_metrics"), and the stage's own kind of work. */
    private String describe(StageInfo info) {
        String operation = info.name().replaceAll(" at .*", "");
        return Optional.ofNullable(descriptions.get(info.stageId()))
                .map(d -> d + " / " + operation)
                .orElse(operation);
    }

    synchronized List<Stage> slowest(int count) {
        return stages.stream()
                .sorted(Comparator.comparingDouble(Stage::seconds).reversed())
                .limit(count)
                .toList();
    }
}

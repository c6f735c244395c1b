package vn.kyluat.analytics.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.StageInfo;

/**
 * Executor time of every Spark stage of a run (the web UI is off), to say what dominates: stages
 * overlap and wait on each other's inputs, so their wall times would not.
 */
final class StageTimes extends SparkListener {
  record Stage(int id, String name, double seconds, int tasks) {}

  private final List<Stage> stages = new ArrayList<>();

  @Override
  public synchronized void onStageCompleted(SparkListenerStageCompleted completed) {
    StageInfo info = completed.stageInfo();
    stages.add(new Stage(info.stageId(), info.details().lines().filter(l -> l.contains("vn.kyluat")).findFirst()
        .orElse(info.name()).strip(), info.taskMetrics().executorRunTime() / 1000.0, info.numTasks()));
  }

  synchronized List<Stage> slowest(int count) {
    return stages.stream().sorted(Comparator.comparingDouble(Stage::seconds).reversed()).limit(count).toList();
  }
}

package vn.kyluat.analytics.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.StageInfo;

/** Wall time of every Spark stage of a run (the web UI is off), to say what dominates. */
final class StageTimes extends SparkListener {
  record Stage(int id, String name, double seconds, int tasks) {}

  private final List<Stage> stages = new ArrayList<>();

  @Override
  public synchronized void onStageCompleted(SparkListenerStageCompleted completed) {
    StageInfo info = completed.stageInfo();
    long start = info.submissionTime().isDefined() ? (Long) info.submissionTime().get() : 0L;
    long end = info.completionTime().isDefined() ? (Long) info.completionTime().get() : start;
    stages.add(new Stage(info.stageId(), info.name(), (end - start) / 1000.0, info.numTasks()));
  }

  synchronized List<Stage> slowest(int count) {
    return stages.stream().sorted(Comparator.comparingDouble(Stage::seconds).reversed()).limit(count).toList();
  }
}

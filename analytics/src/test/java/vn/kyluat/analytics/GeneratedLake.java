package vn.kyluat.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;
import vn.kyluat.analytics.config.QuartersToCompute;
import vn.kyluat.analytics.lake.LakeTables;
import vn.kyluat.analytics.lake.LakeTimeSpan;
import vn.kyluat.contract.Quarter;
import vn.kyluat.sample.GenerateCommand;

/** A small generated province written straight into a lake (5 grassroots organisations, 20 cells, 3 quarters). */
public final class GeneratedLake {
    private GeneratedLake() {}

    /** Generates the province's lake under {@code workspace/lake}, with the given number of tasks. */
    public static void write(Path workspace, int tasks) {
        assertThat(GenerateCommand.commandLine()
                        .execute(
                                "--lake-only",
                                "--workspace",
                                workspace.toString(),
                                "--grassroots",
                                "5",
                                "--cells",
                                "20",
                                "--quarters",
                                "3",
                                "--tasks",
                                String.valueOf(tasks)))
                .as("generate")
                .isZero();
    }

    /** The quarters analyze computes of the lake when not told: from its earliest assignment to its newest fact. */
    public static List<Quarter> quarters(SparkSession spark, LakeTables lake) {
        LakeTimeSpan span = LakeTimeSpan.of(lake, spark.sparkContext().hadoopConfiguration());
        return QuartersToCompute.resolve(
                Optional.empty(), Optional.empty(), span.earliestAssignment(), span.newestFact());
    }
}

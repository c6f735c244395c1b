package vn.kyluat.analytics.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import vn.kyluat.analytics.SparkTestSession;
import vn.kyluat.analytics.config.AnalyticsSettings;
import vn.kyluat.contract.Metric;

class ResponsibilityIndexTests {
    private static final StructType SCHEMA = new StructType()
            .add(Metric.SHRUNK_ON_TIME_RATE.column(), DataTypes.DoubleType)
            .add(Metric.BOUNCE_RATE.column(), DataTypes.DoubleType)
            .add(Metric.ESCALATION_AVOIDANCE_RATE.column(), DataTypes.DoubleType)
            .add(Metric.EXTENDED_SHARE.column(), DataTypes.DoubleType)
            .add(Metric.BACKLOG_91_180.column(), DataTypes.LongType)
            .add(Metric.BACKLOG_OVER_180.column(), DataTypes.LongType)
            .add(Metric.TASKS_DUE.column(), DataTypes.LongType)
            .add(Metric.BACKLOG_OVERDUE.column(), DataTypes.LongType)
            .add(Metric.REMEDIATION_ON_TIME_RATE.column(), DataTypes.DoubleType);

    private static Double index(Map<String, Double> weights, Object... values) {
        Dataset<Row> row = SparkTestSession.get().createDataFrame(java.util.List.of(RowFactory.create(values)), SCHEMA);
        return ResponsibilityIndex.withIndex(row, weights).first().getAs(Metric.RESPONSIBILITY_INDEX.column());
    }

    @Test
    void allComponentsWithDefaultWeights() {
        // 0.40·0.5 + 0.15·(1 − 0.2) + 0.10·(1 − 1) [avoidance 1.5 capped at 1] + 0.10·(1 − 0.2)
        //   + 0.15·(1 − (1 + 1)/(8 + 2)) + 0.10·0.5 = 0.2 + 0.12 + 0 + 0.08 + 0.12 + 0.05 = 0.57
        assertThat(index(AnalyticsSettings.DEFAULT_INDEX_WEIGHTS, 0.5, 0.2, 1.5, 0.2, 1L, 1L, 8L, 2L, 0.5))
                .isCloseTo(57.0, within(1e-9));
    }

    @Test
    void aNullComponentIsLeftOutAndTheOtherWeightsRescaled() {
        // no bounce, avoidance or remediation figure: (0.40·0.5 + 0.10·0.8 + 0.15·0.9) / (0.40 + 0.10 + 0.15) = 0.415 /
        // 0.65
        assertThat(index(AnalyticsSettings.DEFAULT_INDEX_WEIGHTS, 0.5, null, null, 0.2, 1L, 0L, 8L, 2L, null))
                .isCloseTo(100 * 0.415 / 0.65, within(1e-9));
    }

    @Test
    void noComponentAtAllGivesNoIndex() {
        assertThat(index(AnalyticsSettings.DEFAULT_INDEX_WEIGHTS, null, null, null, null, 0L, 0L, 0L, 0L, null))
                .isNull();
    }

    @Test
    void weightsAreConfigurable() {
        assertThat(index(Map.of("shrunk_on_time_rate", 1.0), 0.5, 0.2, 1.5, 0.2, 1L, 1L, 8L, 2L, 0.5))
                .isCloseTo(50.0, within(1e-9));
    }
}

package vn.kyluat.analytics.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import vn.kyluat.analytics.SparkTestSession;
import vn.kyluat.contract.Metric;

/**
 * The watch list, version 2, on hand-made subtree rows (quarter indexes 8097..8099 = 2024Q2..Q4). A
 * unit's row here is the figures the conditions read; "benign" values are 10 due, no backlog, shrunk
 * rate 0.90, no funnel flag, no overdue finding.
 */
class WatchListTests {
    private static final StructType SCHEMA = new StructType()
            .add("q", DataTypes.IntegerType)
            .add("org_code", DataTypes.StringType)
            .add("scope", DataTypes.StringType)
            .add(Metric.TASKS_DUE.column(), DataTypes.LongType)
            .add(Metric.BACKLOG_OVERDUE.column(), DataTypes.LongType)
            .add(Metric.BACKLOG_91_180.column(), DataTypes.LongType)
            .add(Metric.BACKLOG_OVER_180.column(), DataTypes.LongType)
            .add(Metric.SHRUNK_ON_TIME_RATE.column(), DataTypes.DoubleType)
            .add(Metric.FUNNEL_FLAG.column(), DataTypes.StringType)
            .add(Metric.FINDINGS_OPEN_OVERDUE.column(), DataTypes.LongType);

    private final List<Row> rows = new ArrayList<>();

    private WatchListTests unit(
            int q,
            String org,
            long due,
            long overdue,
            long aged91,
            long agedOver180,
            Double shrunk,
            String funnel,
            long findingsOverdue) {
        rows.add(RowFactory.create(
                q, org, "subtree", due, overdue, aged91, agedOver180, shrunk, funnel, findingsOverdue));
        return this;
    }

    private WatchListTests benign(int q, String org) {
        return unit(q, org, 10, 0, 0, 0, 0.90, null, 0);
    }

    private WatchListTests shrunk(int q, String org, Double shrunk) {
        return unit(q, org, 10, 0, 0, 0, shrunk, null, 0);
    }

    /** (org_code, q, watch, watch_reasons) in that order. */
    private List<Row> watch(WatchThresholds thresholds) {
        return WatchList.withWatch(SparkTestSession.get().createDataFrame(rows, SCHEMA), thresholds)
                .orderBy("org_code", "q")
                .select("org_code", "q", "watch", "watch_reasons")
                .collectAsList();
    }

    @Test
    void belowPeersWhenTheFunnelFlagIsBelow() {
        unit(8099, "A", 10, 0, 0, 0, 0.90, "below", 0)
                .unit(8099, "B", 10, 0, 0, 0, 0.90, "above", 0)
                .benign(8099, "C");

        assertThat(watch(WatchThresholds.DEFAULTS))
                .extracting(r -> r.get(0), r -> r.get(2), r -> r.get(3))
                .containsExactly(tuple("A", true, "below_peers"), tuple("B", false, ""), tuple("C", false, ""));
    }

    @Test
    void lateTwoQuartersWhenTheShrunkRateIsBelowSeventyPercentInThisAndThePreviousQuarter() {
        // A: 0.65, 0.69 -> both < 0.70 in 8098; 8099 at 0.70 is not below. B: 0.69 then 0.72: only once.
        shrunk(8097, "A", 0.65)
                .shrunk(8098, "A", 0.69)
                .shrunk(8099, "A", 0.70)
                .shrunk(8098, "B", 0.69)
                .shrunk(8099, "B", 0.72);

        assertThat(watch(WatchThresholds.DEFAULTS))
                .extracting(r -> r.get(0), r -> r.get(1), r -> r.get(3))
                .containsExactly(
                        tuple("A", 8097, ""), // 8097 is the first quarter computed: no previous one
                        tuple("A", 8098, "late_two_quarters"),
                        tuple("A", 8099, ""),
                        tuple("B", 8098, ""),
                        tuple("B", 8099, ""));
    }

    @Test
    void agedBacklogWhenOverThirtyPercentOfDueAndOverdueTasksAreOverNinetyDaysOverdue() {
        // A: (2 + 2) / (4 + 6) = 0.40 > 0.30. B: (1 + 2) / (4 + 6) = 0.30, not above.
        // C: 1 / (0 + 3) = 0.33 > 0.30, nothing due. D: nothing due nor overdue: the share is null.
        unit(8099, "A", 4, 6, 2, 2, 0.90, null, 0)
                .unit(8099, "B", 4, 6, 1, 2, 0.90, null, 0)
                .unit(8099, "C", 0, 3, 0, 1, 0.90, null, 0)
                .unit(8099, "D", 0, 0, 0, 0, 0.90, null, 0);

        assertThat(watch(WatchThresholds.DEFAULTS))
                .extracting(r -> r.get(0), r -> r.get(3))
                .containsExactly(
                        tuple("A", "aged_backlog"), tuple("B", ""), tuple("C", "aged_backlog"), tuple("D", ""));
    }

    @Test
    void findingsOverdueFromTwoOpenOverdueFindings() {
        unit(8099, "A", 10, 0, 0, 0, 0.90, null, 2).unit(8099, "B", 10, 0, 0, 0, 0.90, null, 1);

        assertThat(watch(WatchThresholds.DEFAULTS))
                .extracting(r -> r.get(0), r -> r.get(2), r -> r.get(3))
                .containsExactly(tuple("A", true, "findings_overdue"), tuple("B", false, ""));
    }

    @Test
    void everyReasonThatHoldsIsListedInTheDefinitionsOrder() {
        // 8099: funnel below; 0.40 then 0.50 < 0.70; (3 + 1) / (5 + 5) = 0.40 > 0.30; 3 findings >= 2
        shrunk(8098, "A", 0.40).unit(8099, "A", 5, 5, 3, 1, 0.50, "below", 3);

        assertThat(watch(WatchThresholds.DEFAULTS).get(1).<String>getAs("watch_reasons"))
                .isEqualTo("below_peers,late_two_quarters,aged_backlog,findings_overdue");
    }

    @Test
    void aMissingPreviousQuarterOrANullRateThereNeverMakesTheUnitLateTwice() {
        // Computed quarters 8097..8099, but 8098 is missing for A: only 8097 and 8099 are low, not consecutive.
        // B had a row in 8098 without a shrunk rate (no task due and m = 0).
        shrunk(8097, "A", 0.10)
                .shrunk(8099, "A", 0.10)
                .benign(8097, "C")
                .benign(8098, "C")
                .benign(8099, "C")
                .shrunk(8098, "B", null)
                .shrunk(8099, "B", 0.10);

        assertThat(watch(WatchThresholds.DEFAULTS))
                .extracting(r -> r.get(0), r -> r.get(1), r -> r.get(3))
                .filteredOn(t -> !"C".equals(t.toList().get(0)))
                .containsExactly(
                        tuple("A", 8097, ""), tuple("A", 8099, ""), tuple("B", 8098, ""), tuple("B", 8099, ""));
    }

    @Test
    void thresholdsComeFromTheConfiguration() {
        // shrunk 0.60 twice: below 0.70 (default) but not below 0.50; aged 0.40: above 0.30, not above 0.50;
        // 2 findings: >= 2, not >= 3.
        shrunk(8098, "A", 0.60).unit(8099, "A", 4, 6, 2, 2, 0.60, null, 2);

        assertThat(watch(WatchThresholds.DEFAULTS).get(1).<String>getAs("watch_reasons"))
                .isEqualTo("late_two_quarters,aged_backlog,findings_overdue");
        assertThat(watch(new WatchThresholds(0.50, 0.50, 3)).get(1).<Boolean>getAs("watch"))
                .isFalse();
    }
}

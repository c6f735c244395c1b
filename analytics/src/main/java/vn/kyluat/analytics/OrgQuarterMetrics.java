package vn.kyluat.analytics;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import vn.kyluat.analytics.config.AnalyticsSettings;
import vn.kyluat.analytics.intermediate.QuarterRange;
import vn.kyluat.analytics.metrics.AvoidedDecisions;
import vn.kyluat.analytics.metrics.BuckPassing;
import vn.kyluat.analytics.metrics.Discipline;
import vn.kyluat.analytics.metrics.Findings;
import vn.kyluat.analytics.metrics.Scopes;
import vn.kyluat.analytics.metrics.Timeliness;
import vn.kyluat.analytics.peers.PeerComparison;
import vn.kyluat.analytics.peers.PeerRanking;
import vn.kyluat.analytics.peers.ResponsibilityIndex;
import vn.kyluat.analytics.peers.Trend;
import vn.kyluat.analytics.peers.WatchList;
import vn.kyluat.analytics.staging.LocalTimes;
import vn.kyluat.contract.Mart;
import vn.kyluat.contract.Metric;
import vn.kyluat.contract.MetricKind;

/**
 * Mart org_quarter_metrics (docs/metrics.md#organisations-and-scopes): two rows (own, subtree) per unit
 * valid on the quarter's last day, its
 * head, its rolled-up counts (0 when it had nothing), the rates, then the peer and trend columns (watch
 * list included) on subtree rows only. Above both {@code metrics} and {@code peers}: the peer figures
 * build on the metric families' rates, so an assembler inside either package would tie the two together.
 */
public final class OrgQuarterMetrics {
    private OrgQuarterMetrics() {}

    /**
     * {@code orgRows}: (q, org_code, org_name, org_kind, parent_code, head_person_code); {@code rolledUp}: from
     * {@link Scopes}.
     */
    public static Dataset<Row> assemble(Dataset<Row> orgRows, Dataset<Row> rolledUp, AnalyticsSettings settings) {
        return orgRows.withColumn(Mart.SCOPE, explode(array(lit(Mart.SCOPE_OWN), lit(Mart.SCOPE_SUBTREE))))
                .join(rolledUp, new String[] {QuarterRange.Q, Mart.ORG_CODE, Mart.SCOPE}, "left")
                .transform(OrgQuarterMetrics::withZeroCounts)
                .transform(OrgQuarterMetrics::withRates)
                .transform(rows -> PeerComparison.withPeerStatistics(rows, settings.shrinkageM()))
                .transform(rows -> ResponsibilityIndex.withIndex(rows, settings.indexWeights()))
                .transform(PeerRanking::withRank)
                .transform(Trend::withTrend)
                .transform(rows -> WatchList.withWatch(rows, settings.watchThresholds()))
                .transform(OrgQuarterMetrics::toMartColumns);
    }

    /**
     * The rates and other figures derived from the summed counts, each as its family defines it: rates are
     * recomputed from the counts of the row's scope, never averaged.
     */
    static Dataset<Row> withRates(Dataset<Row> counts) {
        Map<String, Column> rates = new LinkedHashMap<>();
        rates.putAll(Timeliness.rates());
        rates.putAll(BuckPassing.rates());
        rates.putAll(AvoidedDecisions.rates());
        rates.putAll(Findings.rates());
        rates.putAll(Discipline.rates());
        return counts.withColumns(rates);
    }

    /** A unit with no contribution of some kind has a count of 0 there (rates then come out null). */
    static Dataset<Row> withZeroCounts(Dataset<Row> rows) {
        return rows.select(Arrays.stream(rows.columns())
                .map(c -> isSummedCount(c) ? coalesce(col(c), lit(0L)).as(c) : col(c))
                .toArray(Column[]::new));
    }

    private static boolean isSummedCount(String column) {
        if (column.equals(Timeliness.STRICT_DONE_ON_TIME)) {
            return true;
        }
        return Arrays.stream(Metric.values())
                .anyMatch(m -> m.column().equals(column) && m.kind() == MetricKind.COUNT && !m.isPeerColumn());
    }

    /** Exactly the mart's columns, typed by metric kind; peer columns empty on own rows. */
    static Dataset<Row> toMartColumns(Dataset<Row> rows) {
        List<Column> columns = new ArrayList<>(List.of(
                LocalTimes.quarterName(col(QuarterRange.Q)).as(Mart.QUARTER),
                col(Mart.ORG_CODE),
                col(Mart.SCOPE),
                col(Mart.ORG_NAME),
                col(Mart.ORG_KIND),
                col(Mart.PARENT_CODE),
                col(Mart.HEAD_PERSON_CODE),
                lit(Mart.METRICS_VERSION).as(Mart.METRICS_VERSION_COLUMN)));
        Column subtree = col(Mart.SCOPE).equalTo(Mart.SCOPE_SUBTREE);
        for (Metric metric : Metric.values()) {
            Column value = col(metric.column()).cast(typeOf(metric.kind()));
            columns.add((metric.isPeerColumn() ? when(subtree, value) : value).as(metric.column()));
        }
        return rows.select(columns.toArray(Column[]::new));
    }

    static DataType typeOf(MetricKind kind) {
        return switch (kind) {
            case COUNT -> DataTypes.LongType;
            case RANK -> DataTypes.IntegerType;
            case TEXT -> DataTypes.StringType;
            case FLAG -> DataTypes.BooleanType;
            case RATE, RATE_CHANGE, DAYS, HOURS, PER_100, INDEX -> DataTypes.DoubleType;
        };
    }
}

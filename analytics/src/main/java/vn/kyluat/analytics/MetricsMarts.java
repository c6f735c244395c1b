package vn.kyluat.analytics;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The marts computed from the lake, each with exactly the columns of its {@link
 * vn.kyluat.contract.Mart} entry, in that order.
 */
public record MetricsMarts(
        Dataset<Row> orgQuarterMetrics,
        Dataset<Row> taskQuarterFacts,
        Dataset<Row> overlappingAssignments,
        Dataset<Row> tasksWithoutLead,
        Dataset<Row> atRiskTasks,
        Dataset<Row> bouncedHandoffs,
        Dataset<Row> withinAuthorityEscalations,
        Dataset<Row> openOverdueFindings,
        Dataset<Row> orgTree,
        Dataset<Row> disciplineByKind,
        Dataset<Row> personQuarterMetrics) {}

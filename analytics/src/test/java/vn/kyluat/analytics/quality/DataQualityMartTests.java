package vn.kyluat.analytics.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import vn.kyluat.analytics.SparkTestSession;
import vn.kyluat.contract.Mart;
import vn.kyluat.contract.manifest.RelationReport;
import vn.kyluat.contract.manifest.RunManifest;
import vn.kyluat.contract.manifest.SourceReport;

class DataQualityMartTests {
    private static final Instant STARTED = Instant.parse("2026-11-26T01:02:03Z");

    private static RelationReport relation(String name, long read, long accepted, Map<String, Long> byRule) {
        long rejected = byRule.values().stream().mapToLong(Long::longValue).sum();
        return new RelationReport(
                name, "COMPLETED", "full", null, null, read, accepted, rejected, byRule, 0, "v-1", 0, 0, 0);
    }

    private static final RunManifest RUN = new RunManifest(
            "r1",
            STARTED.toString(),
            STARTED.plusSeconds(60).toString(),
            "PARTIAL",
            List.of(
                    new SourceReport(
                            "unit-a",
                            "jdbc",
                            "COMPLETED",
                            null,
                            List.of(
                                    relation("task", 10, 7, Map.of("missing_required", 2L, "unknown_org", 1L)),
                                    relation("task_event", 5, 5, Map.of()))),
                    new SourceReport("unit-b", "csv", "FAILED", "connection refused", List.of())));

    private static Object value(Row row, String column) {
        return row.get(Mart.DATA_QUALITY.columns().indexOf(column));
    }

    @Test
    void eachRelationOfEachSourceIsOneRowWithItsCountsByRuleAndZeroForTheOtherRules() {
        Row task = DataQualityMart.rows(List.of(RUN)).get(0);

        assertThat(List.of(
                        value(task, "run_id"),
                        value(task, "started_at"),
                        value(task, "run_status"),
                        value(task, "source_id"),
                        value(task, "source_status"),
                        value(task, "relation"),
                        value(task, "mode")))
                .containsExactly("r1", STARTED, "PARTIAL", "unit-a", "COMPLETED", "task", "full");
        assertThat(List.of(value(task, "read"), value(task, "accepted"), value(task, "rejected")))
                .containsExactly(10L, 7L, 3L);
        assertThat(value(task, "rejected_missing_required")).isEqualTo(2L);
        assertThat(value(task, "rejected_unknown_org")).isEqualTo(1L);
        assertThat(value(task, "rejected_duplicate_key")).isEqualTo(0L);
        assertThat(value(task, "error")).isNull();
    }

    @Test
    void aFailedSourceIsOneRowWithItsErrorAndNoRelationNorCounts() {
        List<Row> rows = DataQualityMart.rows(List.of(RUN));

        assertThat(rows).hasSize(3);
        Row failed = rows.get(2);
        assertThat(List.of(value(failed, "source_id"), value(failed, "source_status"), value(failed, "error")))
                .containsExactly("unit-b", "FAILED", "connection refused");
        assertThat(value(failed, "relation")).isNull();
        assertThat(value(failed, "read")).isNull();
        assertThat(value(failed, "rejected_missing_required")).isNull();
    }

    @Test
    void theDatasetHasTheMartsColumnsWithCountsAsWholeNumbers() {
        Dataset<Row> mart = DataQualityMart.of(SparkTestSession.get(), List.of(RUN));

        assertThat(mart.columns()).containsExactlyElementsOf(Mart.DATA_QUALITY.columns());
        assertThat(mart.schema().apply("started_at").dataType().typeName()).isEqualTo("timestamp");
        assertThat(mart.schema().apply("rejected_unknown_org").dataType().typeName())
                .isEqualTo("long");
        assertThat(mart.where("relation = 'task_event'").first().<Long>getAs("accepted"))
                .isEqualTo(5L);
    }
}

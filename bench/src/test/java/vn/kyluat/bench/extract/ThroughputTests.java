package vn.kyluat.bench.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.kyluat.contract.Relation;

class ThroughputTests {
    @Test
    void theRatioIsExtractionRowsPerSecondOverCopyRowsPerSecond() {
        Throughput tasks = new Throughput("task", 1_000_000, 10.0, 1_000_000, 4.0);

        assertThat(tasks.extractRate()).isEqualTo(100_000.0);
        assertThat(tasks.copyRate()).isEqualTo(250_000.0);
        assertThat(tasks.ratio()).isEqualTo(0.4);
        assertThat(tasks.meetsTarget()).isFalse();
    }

    @Test
    void halfAsFastAsCopyMeetsTheTarget() {
        assertThat(new Throughput("task_event", 5_000_000, 10.0, 5_000_000, 5.0).meetsTarget())
                .isTrue();
    }

    @Test
    void theTableShowsRatesRatioAndResultPerRelation() {
        String table = Throughput.table(List.of(
                new Throughput("task", 1_000_000, 10.0, 1_000_000, 4.0),
                new Throughput("task_event", 5_000_000, 10.0, 5_000_000, 5.0)));

        assertThat(table.lines().toList())
                .containsExactly(
                        "relation          rows  extract s  extract/s     COPY s  COPY rows/s   ratio  target  result",
                        "task         1,000,000       10.0    100,000        4.0      250,000    0.40     0.5  FAIL",
                        "task_event   5,000,000       10.0    500,000        5.0    1,000,000    0.50     0.5  PASS");
    }

    @Test
    void theCopyBaselineSelectsTheContractColumnsInTheExtractionOrder() {
        assertThat(CopyBaseline.sql(Relation.TASK_EVENT))
                .isEqualTo(
                        "COPY (SELECT event_id, task_code, event_type, occurred_at, from_org_code, to_org_code, new_due_date, note"
                                + " FROM task_event ORDER BY CASE WHEN event_id IS NULL THEN 1 ELSE 0 END, event_id) TO STDOUT");
    }
}

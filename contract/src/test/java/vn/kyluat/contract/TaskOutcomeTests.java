package vn.kyluat.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TaskOutcomeTests {
    @Test
    void theBacklogIsTheOpenTasksDueInTheQuarterAndThoseCarriedOver() {
        assertThat(Arrays.stream(TaskOutcome.values()).filter(TaskOutcome::overdue))
                .containsExactly(TaskOutcome.OVERDUE_OPEN, TaskOutcome.BACKLOG);
        assertThat(TaskOutcome.of("overdue_open")).isEqualTo(TaskOutcome.OVERDUE_OPEN);
        assertThat(TaskOutcome.NOT_DUE.code()).isEqualTo("not_due");
        assertThatThrownBy(() -> TaskOutcome.of("overdue")).hasMessageContaining("unknown task outcome 'overdue'");
    }
}

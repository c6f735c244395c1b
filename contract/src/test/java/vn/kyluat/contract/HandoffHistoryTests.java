package vn.kyluat.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.kyluat.contract.HandoffHistory.Entry;

class HandoffHistoryTests {

    @Test
    void aHistoryReadsBackAsItWasWrittenASenderlessTransferToo() {
        List<Entry> entries = List.of(
                new Entry(LocalDate.parse("2025-03-12"), EventType.TRANSFERRED, "CB03", "CB07"),
                new Entry(LocalDate.parse("2025-04-02"), EventType.RETURNED, "CB07", "CB03"),
                new Entry(LocalDate.parse("2025-05-20"), EventType.TRANSFERRED, null, "G001-CQ-P01"));

        String encoded = HandoffHistory.encode(entries);

        assertThat(encoded)
                .isEqualTo("2025-03-12 transferred CB03→CB07; 2025-04-02 returned CB07→CB03;"
                        + " 2025-05-20 transferred →G001-CQ-P01");
        assertThat(HandoffHistory.parse(encoded)).isEqualTo(entries);
        assertThat(HandoffHistory.parse(encoded)).extracting(Entry::returned).containsExactly(false, true, false);
    }

    @Test
    void noHandOffIsNullAndNullReadsAsNone() {
        assertThat(HandoffHistory.encode(List.of())).isNull();
        assertThat(HandoffHistory.parse(null)).isEmpty();
        assertThat(HandoffHistory.parse("")).isEmpty();
    }

    @Test
    void aMalformedHistorySaysWhichHandOff() {
        assertThatThrownBy(() -> HandoffHistory.parse("2025-03-12 transferred CB03→CB07; 2025-04-02 escalated CB07"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'2025-04-02 escalated CB07'");
        assertThatThrownBy(() -> HandoffHistory.parse("12/03/2025 transferred CB03→CB07"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("date");
    }
}

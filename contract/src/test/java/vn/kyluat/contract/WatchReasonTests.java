package vn.kyluat.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WatchReasonTests {

  @Test
  void theMartsCommaSeparatedCodesAreReadInOrder() {
    assertThat(WatchReason.parseList("below_peers,findings_overdue"))
        .containsExactly(WatchReason.BELOW_PEERS, WatchReason.FINDINGS_OVERDUE);
  }

  @Test
  void anEmptyValueHasNoReason() {
    assertThat(WatchReason.parseList(null)).isEmpty();
    assertThat(WatchReason.parseList("")).isEmpty();
  }

  @Test
  void anUnknownCodeIsNamed() {
    assertThatThrownBy(() -> WatchReason.parseList("late")).hasMessageContaining("'late'");
  }
}

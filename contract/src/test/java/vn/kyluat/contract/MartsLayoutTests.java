package vn.kyluat.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.kyluat.contract.MartsLayout.Pointer;

class MartsLayoutTests {

    @Test
    void thePointerSitsAtTheRootAndTheSetsBesideIt() {
        assertThat(MartsLayout.pointer("hdfs://nn:8020/marts")).isEqualTo("hdfs://nn:8020/marts/_current");
        assertThat(MartsLayout.setDir("hdfs://nn:8020/marts", "s1")).isEqualTo("hdfs://nn:8020/marts/_sets/s1");
    }

    @Test
    void aSetIdStartsWithItsUtcStartSoThatSetsListInOrder() {
        assertThat(MartsLayout.newSetId(Instant.parse("2024-10-01T00:30:05Z"))).matches("20241001T003005Z-[0-9a-f]{8}");
        assertThat(MartsLayout.newSetId(Instant.EPOCH)).isNotEqualTo(MartsLayout.newSetId(Instant.EPOCH));
    }

    @Test
    void theFirstPointerHasNoPreviousSetAndTheNextOneNamesIt() {
        Pointer first = Pointer.parse("set=a\n");
        Pointer second = first.next("b");

        assertThat(first.previous()).isEmpty();
        assertThat(second).isEqualTo(new Pointer("b", Optional.of("a")));
        assertThat(Pointer.parse(second.format())).isEqualTo(second);
        assertThat(second.format()).isEqualTo("set=b\nprevious=a\n");
        assertThat(second.setDir("/w/marts")).isEqualTo("/w/marts/_sets/b");
    }

    @Test
    void aPointerWithoutSetIsRefused() {
        assertThatThrownBy(() -> Pointer.parse("previous=a\n")).hasMessageContaining("names no set");
    }
}

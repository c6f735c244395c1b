package vn.kyluat.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CurrentVersionTests {

    @Test
    void aPointerSurvivesARoundTripAndIsByteStable() {
        CurrentVersion pointer = new CurrentVersion("v-20241001-1", "20241001-1", "2024-09-30T16:30:00Z", 42);
        String text = pointer.format();
        assertThat(CurrentVersion.parse(text)).isEqualTo(pointer);
        assertThat(pointer.format()).isEqualTo(text);
    }

    @Test
    void aRelationReloadedWholeHasNoWatermark() {
        CurrentVersion pointer = new CurrentVersion("v-1", "1", null, 3);
        assertThat(CurrentVersion.parse(pointer.format()).watermark()).isNull();
    }
}

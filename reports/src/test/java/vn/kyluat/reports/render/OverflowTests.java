package vn.kyluat.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class OverflowTests {

    static float[] rows(int count) {
        float[] heights = new float[count];
        Arrays.fill(heights, 50);
        return heights;
    }

    @Test
    void aLastPageOfOneRowTakesTwoMoreFromThePageBefore() {
        // Pages hold 2 (100 left on the first), then 6 (300), then 1: end the second page after 4 rows instead.
        assertThat(Overflow.breakBefore(100, 300, rows(9), 3)).isEqualTo(6);
    }

    @Test
    void aLastPageWithEnoughRowsIsLeftAlone() {
        assertThat(Overflow.breakBefore(100, 300, rows(11), 3)).isEqualTo(-1);
    }

    @Test
    void aTableOnOnePageIsLeftAlone() {
        assertThat(Overflow.breakBefore(600, 600, rows(5), 3)).isEqualTo(-1);
    }

    @Test
    void aTableThatStartsOnTheNextPageIsCountedFromThere() {
        // No row fits on the current page; the next holds 6, the last would hold 1: the next ends after 4.
        assertThat(Overflow.breakBefore(20, 300, rows(7), 3)).isEqualTo(4);
    }
}

package vn.kyluat.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PostgresCopySinkTests {
    @Test
    void aCopyLineIsTabSeparatedWithEscapesNullsAndTheVietnameseOffset() {
        StringBuilder out = new StringBuilder();
        PostgresCopySink.appendRow(
                new Object[] {
                    42L, "a\tb\\c\nd", null, Instant.parse("2024-12-31T17:30:00Z"), LocalDate.of(2025, 1, 2), true
                },
                out);
        assertThat(out).hasToString("42\ta\\tb\\\\c\\nd\t\\N\t2025-01-01 00:30:00+07\t2025-01-02\tt\n");
    }
}

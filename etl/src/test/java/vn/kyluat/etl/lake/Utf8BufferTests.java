package vn.kyluat.etl.lake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Utf8BufferTests {
    private final Utf8Buffer buffer = new Utf8Buffer();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "T000123",
                "Kiểm điểm trách nhiệm người đứng đầu",
                "© 2024",
                "𝔘 ký hiệu",
                "lẻ \uD800 cặp",
                "\uDC00 đầu"
            })
    void encodesTheBytesThatGetBytesGives(String text) {
        assertThat(buffer.encode(text).getBytes()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(ints = {100, 1_000, 10_000})
    void growsForLongTextsAndKeepsEncodingShortOnes(int length) {
        String longText = "ệ".repeat(length);
        assertThat(buffer.encode(longText).getBytes()).isEqualTo(longText.getBytes(StandardCharsets.UTF_8));
        assertThat(buffer.encode("G1").getBytes()).isEqualTo(new byte[] {'G', '1'});
    }
}

package vn.kyluat.etl.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RepeatedTextDecoderTests {
    private static Object decode(RepeatedTextDecoder decoder, String text) {
        byte[] field = ("xx" + text + "yy").getBytes(StandardCharsets.UTF_8);
        return decoder.decode(field, 2, field.length - 4);
    }

    @Test
    void aRepeatedValueComesBackAsTheSameStringAndOthersAsTheirOwn() {
        RepeatedTextDecoder decoder = new RepeatedTextDecoder();

        Object first = decode(decoder, "CS001-CB02");
        Object other = decode(decoder, "Đảng ủy");
        Object again = decode(decoder, "CS001-CB02");

        assertThat(first).isEqualTo("CS001-CB02").isSameAs(again);
        assertThat(other).isEqualTo("Đảng ủy");
    }

    @Test
    void aColumnOfDistinctValuesStillDecodesEachOneRight() {
        RepeatedTextDecoder decoder = new RepeatedTextDecoder();

        for (int i = 0; i < 50_000; i++) {
            assertThat(decode(decoder, "T" + i)).isEqualTo("T" + i);
        }
        assertThat(decode(decoder, "T49999")).isEqualTo("T49999").isNotSameAs(decode(decoder, "T49999"));
    }
}

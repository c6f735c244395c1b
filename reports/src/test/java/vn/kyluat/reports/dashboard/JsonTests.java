package vn.kyluat.reports.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonTests {
    @Test
    void aTitleCannotEndTheDataScriptOrBreakTheString() {
        assertThat(Json.string("Kế hoạch \"A\"</script><!--\n\\"))
                .isEqualTo("\"Kế hoạch \\\"A\\\"\\u003c/script>\\u003c!--\\n\\\\\"");
        assertThat(Json.string(null)).isEqualTo("null");
    }

    @Test
    void aCellIsWhatIsShownAndWhatItSortsBy() {
        assertThat(Json.cell("87,5 %", 0.875)).isEqualTo("[\"87,5 %\",0.875]");
        assertThat(Json.cell("16/08/2024", "2024-08-16")).isEqualTo("[\"16/08/2024\",\"2024-08-16\"]");
        assertThat(Json.cell("–", null)).isEqualTo("[\"–\",null]");
    }
}

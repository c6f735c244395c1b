package vn.kyluat.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RejectRedactionTests {

    @Test
    void aStaffRecordsCodeAndNameAreMaskedInKeyDetailAndRawValues() {
        RejectRedaction.Shown shown = RejectRedaction.of(
                "NS00042",
                "person_code 'NS00042' is delivered more than once",
                "{\"person_code\":\"NS00042\",\"full_name\":\"Nguyễn Văn An\",\"org_code\":\"C01\"}");
        assertThat(shown.recordKey()).isEqualTo("•••");
        assertThat(shown.detail()).isEqualTo("person_code '•••' is delivered more than once");
        assertThat(shown.rawValues()).isEqualTo("{\"person_code\":\"•••\",\"full_name\":\"•••\",\"org_code\":\"C01\"}");
    }

    @Test
    void aNameEscapedInTheJsonIsMaskedInBothSpellings() {
        RejectRedaction.Shown shown = RejectRedaction.of(
                "T1", "assignee Lê Hà unknown", "{\"task_code\":\"T1\",\"assignee_code\":\"L\\u00ea H\\u00e0\"}");
        assertThat(shown.detail()).isEqualTo("assignee ••• unknown");
        assertThat(shown.rawValues()).doesNotContain("\\u00ea").contains("\"assignee_code\":\"•••\"");
    }

    @Test
    void aRecordWithoutPersonalFieldsIsShownAsItIs() {
        String raw = "{\"task_code\":\"T-9\",\"lead_org_code\":\"X99\"}";
        RejectRedaction.Shown shown = RejectRedaction.of("T-9", "lead_org_code 'X99' is not known", raw);
        assertThat(shown).isEqualTo(new RejectRedaction.Shown("T-9", "lead_org_code 'X99' is not known", raw));
    }
}

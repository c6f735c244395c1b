package vn.kyluat.reports.charts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTests {

    @Test
    void twoLongNamesThatDifferOnlyAtTheEndStayApart() {
        String one = Names.shorten("G014-C03 – Chi bộ Phòng Quản lý đất đai và Đo đạc bản đồ (khu vực 1)", 42);
        String two = Names.shorten("G014-C04 – Chi bộ Phòng Quản lý đất đai và Đo đạc bản đồ (khu vực 2)", 42);
        assertThat(one)
                .hasSizeLessThanOrEqualTo(42)
                .startsWith("G014-C03")
                .endsWith("(khu vực 1)")
                .contains("…");
        assertThat(two).hasSizeLessThanOrEqualTo(42).startsWith("G014-C04").endsWith("(khu vực 2)");
    }

    @Test
    void commonWordsAreAbbreviatedBeforeAnythingIsCut() {
        assertThat(Names.shorten("G001-C02 – Chi bộ Phòng Tổ chức – Hành chính", 40))
                .isEqualTo("G001-C02 – CB P. Tổ chức – Hành chính");
    }

    @Test
    void aTrailingNumberIsKept() {
        assertThat(Names.shorten("G101 – Đảng bộ Ngân hàng Nhà nước chi nhánh tỉnh Đắk Lắk số 12", 30))
                .hasSizeLessThanOrEqualTo(30)
                .startsWith("G101")
                .endsWith("số 12");
    }

    @Test
    void aShortNameIsLeftAlone() {
        assertThat(Names.shorten("C01 – Chi bộ Văn phòng", 42)).isEqualTo("C01 – Chi bộ Văn phòng");
    }
}

package vn.kyluat.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.kyluat.contract.Mart;

class LabelsTests {
    @Test
    void everyMartAndEveryColumnHasAVietnameseAndAnEnglishMeaning() {
        for (Mart mart : Mart.values()) {
            assertThat(Labels.table(mart.martName())).as(mart.martName()).contains(" / ");
            for (String column : mart.columns().stream()
                    .filter(c -> !MartTable.PERSONAL_DATA.contains(c))
                    .toList()) {
                assertThat(Labels.column(column)).as(column).matches(".+ / .+");
            }
        }
    }

    @Test
    void metricsTakeTheContractsLabels() {
        assertThat(Labels.column("on_time_rate")).isEqualTo("Tỷ lệ đúng hạn / On-time rate");
        assertThat(Labels.column("rejected_unknown_org"))
                .isEqualTo("Số bản ghi bị loại: Mã tổ chức không tồn tại / Records rejected: an unknown org code");
    }
}

package vn.kyluat.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MartTests {

    @Test
    void orgQuarterMetricsStartsWithItsGrainThenEveryMetricInOrder() {
        assertThat(Mart.ORG_QUARTER_METRICS.columns()).startsWith("quarter", "org_code", "scope");
        assertThat(Mart.ORG_QUARTER_METRICS.columns()).endsWith("qoq_on_time_change", "watch", "watch_reasons");
        assertThat(Mart.ORG_QUARTER_METRICS.columns())
                .hasSize(8 + Metric.values().length)
                .doesNotHaveDuplicates();
    }

    @Test
    void noMartCarriesAFullName() {
        assertThat(Mart.values()).allSatisfy(mart -> assertThat(mart.columns()).doesNotContain("full_name"));
    }

    @Test
    void dataQualityHasOneColumnPerRejectRule() {
        assertThat(Mart.DATA_QUALITY.columns()).contains("rejected_duplicate_key", "rejected_unknown_org");
    }

    @Test
    void everyGrainIsMadeOfItsMartsColumns() {
        for (Mart mart : Mart.values()) {
            assertThat(mart.columns())
                    .as(mart.martName())
                    .containsAll(MartGrain.of(mart))
                    .doesNotHaveDuplicates();
        }
    }

    @Test
    void drillDownListsCarryNoPerson() {
        for (Mart mart : List.of(
                Mart.BOUNCED_HANDOFFS, Mart.WITHIN_AUTHORITY_ESCALATIONS, Mart.OPEN_OVERDUE_FINDINGS, Mart.ORG_TREE)) {
            assertThat(mart.columns()).as(mart.martName()).doesNotContain("person_code", "full_name", "assignee_code");
        }
    }

    @Test
    void csvExportsLiveInOneFolderOfTheirSet() {
        String set = MartsLayout.setDir("/w/marts", "20241001T000000Z-1a2b3c4d");
        assertThat(Mart.AT_RISK_TASKS.csvPath(set))
                .isEqualTo("/w/marts/_sets/20241001T000000Z-1a2b3c4d/csv/at_risk_tasks.csv");
        assertThat(Mart.AT_RISK_TASKS.datasetPath(set))
                .isEqualTo("/w/marts/_sets/20241001T000000Z-1a2b3c4d/at_risk_tasks");
    }
}

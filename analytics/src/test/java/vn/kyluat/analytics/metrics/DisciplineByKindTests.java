package vn.kyluat.analytics.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.kyluat.analytics.ComputedMarts;
import vn.kyluat.analytics.LakeBuilder;
import vn.kyluat.contract.Mart;
import vn.kyluat.contract.Metric;

/** discipline_by_kind: ROOT → G1 → C1, C2; ROOT → G2 → C3; quarters 2024Q2 and 2024Q3. */
class DisciplineByKindTests {
    private static ComputedMarts m;
    private static List<String> rows;

    @BeforeAll
    static void computeOnce() {
        LakeBuilder lake = new LakeBuilder()
                .org("ROOT", null, "bloc_committee")
                .org("G1", "ROOT", "grassroots_org")
                .org("G2", "ROOT", "grassroots_org")
                .org("C1", "G1", "party_cell")
                .org("C2", "G1", "party_cell")
                .org("C3", "G2", "party_cell")
                .discipline("D1", "P1", "C1", "2024-07-01", "reprimand")
                .discipline("D2", "P2", "C1", "2024-09-30", "reprimand")
                .discipline("D3", "P3", "C1", "2024-08-15", "warning")
                .discipline("D4", "P4", "C2", "2024-08-15", "reprimand")
                .discipline("D5", "P5", "C3", "2024-08-15", "expulsion")
                .discipline("D6", "P6", "C1", "2024-06-30", "other")
                .discipline("D7", "P7", "C1", "2024-10-01", "dismissal");
        m = ComputedMarts.of(lake, "2024Q2", "2024Q3");
        rows = ComputedMarts.collect(m.marts().disciplineByKind(), "quarter", "org_code", "scope", "kind").stream()
                .map(r -> r.mkString(" "))
                .toList();
    }

    @Test
    void eachKindIsCountedInTheUnitsOwnRowAndInTheSubtreeOfItAndEveryAncestor() {
        assertThat(rows)
                .containsExactly(
                        "2024Q2 C1 own other 1",
                        "2024Q2 C1 subtree other 1",
                        "2024Q2 G1 subtree other 1",
                        "2024Q2 ROOT subtree other 1",
                        "2024Q3 C1 own reprimand 2",
                        "2024Q3 C1 own warning 1",
                        "2024Q3 C1 subtree reprimand 2",
                        "2024Q3 C1 subtree warning 1",
                        "2024Q3 C2 own reprimand 1",
                        "2024Q3 C2 subtree reprimand 1",
                        "2024Q3 C3 own expulsion 1",
                        "2024Q3 C3 subtree expulsion 1",
                        "2024Q3 G1 subtree reprimand 3",
                        "2024Q3 G1 subtree warning 1",
                        "2024Q3 G2 subtree expulsion 1",
                        "2024Q3 ROOT subtree expulsion 1",
                        "2024Q3 ROOT subtree reprimand 3",
                        "2024Q3 ROOT subtree warning 1");
    }

    @Test
    void theKindsOfAUnitAddUpToItsDisciplineActions() {
        assertThat(m.subtree("2024Q3", "ROOT", Metric.DISCIPLINE_ACTIONS)).isEqualTo(5L);
        assertThat(m.subtree("2024Q3", "G1", Metric.DISCIPLINE_ACTIONS)).isEqualTo(4L);
    }

    @Test
    void hasTheContractsColumns() {
        assertThat(m.marts().disciplineByKind().columns()).containsExactlyElementsOf(Mart.DISCIPLINE_BY_KIND.columns());
    }
}

package vn.kyluat.analytics.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kyluat.contract.Metric.DISCIPLINE_ACTIONS;
import static vn.kyluat.contract.Metric.DISCIPLINE_PER_100;
import static vn.kyluat.contract.Metric.MEMBERS;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.kyluat.analytics.ComputedMarts;
import vn.kyluat.analytics.LakeBuilder;
import vn.kyluat.contract.Mart;

/**
 * {@link Discipline}, as docs/metrics.md#discipline-discipline defines it: actions decided in the quarter,
 * members valid on its last day, actions per 100 members, and the actions by kind.
 */
class DisciplineTests {

    /** On {@link ScopesTests}' tree (ROOT → G1 → C1, C3, …); quarters 2024Q2–Q3 (Q3's last day: 2024-09-30). */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class PerHundredMembers {
        ComputedMarts m;

        @BeforeAll
        void computeOnce() {
            LakeBuilder lake = ScopesTests.treeWithMergers()
                    .discipline("D1", "P1", "C3", "2024-08-01")
                    .discipline("D2", "P9", "C1", "2024-07-15")
                    .discipline("D3", "P9", "C1", "2024-06-01")
                    .member("P1", "C3", true, "2020-01-01", null)
                    // P1 listed a second time (another registry's row): still one member
                    .member("P1", "C3", true, "2023-01-01", null)
                    .member("P2", "C3", true, "2020-01-01", "2024-09-29")
                    .member("P3", "C3", false, "2020-01-01", null)
                    .member("P4", "C3", true, "2020-01-01", "2024-09-30");
            m = ComputedMarts.of(lake, "2024Q2", "2024Q3");
        }

        @Test
        void membersArePartyMembersValidOnTheQuartersLastDayAndDisciplineIsPer100OfThem() {
            // P1 and P4 (valid to 2024-09-30 inclusive); not P2 (left on 2024-09-29) nor P3 (not a party member)
            assertThat(m.own("2024Q3", "C3", MEMBERS)).isEqualTo(2L);
            assertThat(m.own("2024Q3", "C3", DISCIPLINE_ACTIONS)).isEqualTo(1L);
            assertThat(m.own("2024Q3", "C3", DISCIPLINE_PER_100)).isEqualTo(50.0); // 100 × 1 / 2
            // C1: D2 in Q3 (D3 is Q2's), no member: no rate, not 0 or infinity
            assertThat(m.own("2024Q3", "C1", DISCIPLINE_ACTIONS)).isEqualTo(1L);
            assertThat(m.own("2024Q3", "C1", DISCIPLINE_PER_100)).isNull();
            // G1's subtree: 100 × (1 + 1) / (2 + 0) = 100
            assertThat(m.subtree("2024Q3", "G1", DISCIPLINE_PER_100)).isEqualTo(100.0);
        }

        @Test
        void anActionCountsInTheQuarterItWasDecidedIn() {
            assertThat(m.own("2024Q2", "C1", DISCIPLINE_ACTIONS)).isEqualTo(1L); // D3, 2024-06-01
            assertThat(m.own("2024Q2", "C3", DISCIPLINE_ACTIONS)).isEqualTo(0L);
        }
    }

    /** discipline_by_kind: ROOT → G1 → C1, C2; ROOT → G2 → C3; quarters 2024Q2 and 2024Q3. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class ByKind {
        ComputedMarts m;
        List<String> rows;

        @BeforeAll
        void computeOnce() {
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
                    // decided on Q3's qe: 2024Q4's, outside the computed quarters
                    .discipline("D7", "P7", "C1", "2024-10-01", "dismissal");
            m = ComputedMarts.of(lake, "2024Q2", "2024Q3");
            rows = ComputedMarts.collect(m.marts().disciplineByKind(), "quarter", "org_code", "scope", "kind").stream()
                    .map(r -> r.mkString(" "))
                    .toList();
        }

        @Test
        void eachKindIsCountedInTheUnitsOwnRowAndInTheSubtreeOfItAndEveryAncestor() {
            // (quarter, org_code, scope, kind, actions); a kind without action has no row
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
            assertThat(m.subtree("2024Q3", "ROOT", DISCIPLINE_ACTIONS)).isEqualTo(5L); // 1 + 3 + 1
            assertThat(m.subtree("2024Q3", "G1", DISCIPLINE_ACTIONS)).isEqualTo(4L); // 3 + 1
        }

        @Test
        void hasTheContractsColumns() {
            assertThat(m.marts().disciplineByKind().columns())
                    .containsExactlyElementsOf(Mart.DISCIPLINE_BY_KIND.columns());
        }
    }
}

package vn.kyluat.analytics.intermediate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrgTreeOnDayTests {
    private static final LocalDate DAY = LocalDate.parse("2024-09-30");

    private static OrgUnit unit(String code, String parent, String validTo, String successor) {
        return new OrgUnit(
                code,
                "Tổ chức " + code,
                parent,
                "party_cell",
                LocalDate.parse("2020-01-01"),
                validTo == null ? null : LocalDate.parse(validTo),
                successor);
    }

    private static List<String> codes(List<OrgUnit> units) {
        return units.stream().map(OrgUnit::code).toList();
    }

    @Test
    void aUnitIsValidFromItsFirstToItsLastDayBothIncluded() {
        OrgTreeOnDay tree = new OrgTreeOnDay(
                List.of(
                        unit("ROOT", null, null, null),
                        unit("ENDS_TODAY", "ROOT", "2024-09-30", null),
                        unit("ENDED", "ROOT", "2024-09-29", null)),
                DAY);
        assertThat(codes(tree.validUnits())).containsExactly("ROOT", "ENDS_TODAY");
    }

    @Test
    void aDissolvedUnitStandsForItsSuccessorFollowingChains() {
        OrgTreeOnDay tree = new OrgTreeOnDay(
                List.of(
                        unit("ROOT", null, null, null),
                        unit("C1", "ROOT", null, null),
                        unit("C2", "ROOT", "2024-08-31", "C1"),
                        unit("C4", "ROOT", "2024-07-31", "C2")),
                DAY);
        assertThat(tree.resolve("C4").map(OrgUnit::code)).contains("C1");
        assertThat(codes(tree.closure().get("C4"))).containsExactly("C1", "ROOT");
    }

    @Test
    void aDissolvedUnitWithoutValidSuccessorAndACycleCountNowhere() {
        OrgTreeOnDay tree = new OrgTreeOnDay(
                List.of(
                        unit("ROOT", null, null, null),
                        unit("GONE", "ROOT", "2024-08-31", null),
                        unit("X", "ROOT", "2024-08-31", "Y"),
                        unit("Y", "ROOT", "2024-08-31", "X")),
                DAY);
        assertThat(tree.resolve("GONE")).isEmpty();
        assertThat(tree.resolve("X")).isEmpty();
        assertThat(tree.closure()).containsOnlyKeys("ROOT");
    }

    @Test
    void aUnitWhoseParentWasMergedHangsUnderTheParentsSuccessor() {
        OrgTreeOnDay tree = new OrgTreeOnDay(
                List.of(
                        unit("ROOT", null, null, null),
                        unit("G_OLD", "ROOT", "2024-08-31", "G_NEW"),
                        unit("G_NEW", "ROOT", null, null),
                        unit("C", "G_OLD", null, null)),
                DAY);
        assertThat(codes(tree.closure().get("C"))).containsExactly("C", "G_NEW", "ROOT");
    }
}

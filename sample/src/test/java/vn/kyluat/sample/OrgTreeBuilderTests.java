package vn.kyluat.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OrgTreeBuilderTests {
    private static final ProvinceSize SIZE = new ProvinceSize(7, 12, 60, 8, 1000, 2);
    private static final SampleCalendar CALENDAR = SampleCalendar.ofQuarters(8);
    private final ProvinceRegistry tree = OrgTreeBuilder.build(SIZE, CALENDAR, Seeds.stream(7, 0));

    @Test
    void theBlocCommitteeIsTheOnlyRoot() {
        List<OrgUnitRow> roots =
                tree.orgs().stream().filter(o -> o.parentCode() == null).toList();
        assertThat(roots).extracting(OrgUnitRow::orgCode).containsExactly(OrgTreeBuilder.BLOC_CODE);
        assertThat(roots.get(0).kind()).isEqualTo(OrgUnitRow.BLOC);
        assertThat(tree.orgs())
                .filteredOn(o -> o.parentCode() != null)
                .allSatisfy(o -> assertThat(tree.contains(o.parentCode())).isTrue());
    }

    @Test
    void hasTheAskedGrassrootsAndCellsPlusTheCellsMovedByTheMerger() {
        assertThat(tree.grassroots())
                .hasSize(12)
                .allSatisfy(g -> assertThat(g.parentCode()).isEqualTo(OrgTreeBuilder.BLOC_CODE));
        long moved = tree.orgs().stream()
                .filter(o -> o.kind().equals(OrgUnitRow.CELL) && o.validFrom().equals(CALENDAR.mergeDay()))
                .count();
        assertThat(tree.orgs())
                .filteredOn(o -> o.kind().equals(OrgUnitRow.CELL))
                .hasSize(60 + (int) moved);
        assertThat(tree.grassroots())
                .allSatisfy(g -> assertThat(tree.children(g.orgCode()))
                        .extracting(OrgUnitRow::kind)
                        .contains(OrgUnitRow.AGENCY, OrgUnitRow.CELL));
    }

    @Test
    void theAbsorbedOrganisationEndsTheDayBeforeTheMergerWithItsSuccessors() {
        Merger merger = tree.merger();
        LocalDate lastDay = merger.mergeDay().minusDays(1);
        OrgUnitRow absorbed = tree.get(merger.absorbedCode());
        assertThat(absorbed.validTo()).isEqualTo(lastDay);
        assertThat(absorbed.successorCode()).isEqualTo(merger.absorberCode());
        assertThat(tree.children(merger.absorbedCode())).isNotEmpty().allSatisfy(child -> {
            assertThat(child.validTo()).isEqualTo(lastDay);
            OrgUnitRow successor = tree.get(child.successorCode());
            assertThat(successor.validOn(merger.mergeDay())).isTrue();
            assertThat(tree.grassrootsOf(successor).orgCode()).isEqualTo(merger.absorberCode());
        });
        assertThat(tree.resolve(absorbed, merger.mergeDay()).orgCode()).isEqualTo(merger.absorberCode());
        assertThat(tree.resolve(absorbed, lastDay)).isSameAs(absorbed);
    }

    @Test
    void everyOrganisationHasOneHeadAndCellMembersAreInTheParty() {
        Map<String, Long> heads = tree.staff().stream()
                .filter(s -> s.role().equals("head"))
                .collect(Collectors.groupingBy(StaffRow::orgCode, Collectors.counting()));
        assertThat(tree.orgs())
                .allSatisfy(
                        o -> assertThat(heads.get(o.orgCode())).as(o.orgCode()).isEqualTo(1L));
        assertThat(tree.staff())
                .filteredOn(s -> tree.get(s.orgCode()).kind().equals(OrgUnitRow.CELL))
                .allSatisfy(s -> assertThat(s.partyMember()).isTrue());
        assertThat(tree.staff()).extracting(StaffRow::personCode).doesNotHaveDuplicates();
    }

    @Test
    void aFewCellsOfEveryProblemPattern() {
        for (Behaviour b : List.of(Behaviour.BUCK_PASSING, Behaviour.DEADLINE_STRETCHING, Behaviour.ESCALATING)) {
            assertThat(tree.cellsBehaving(b))
                    .as(b.name())
                    .hasSizeGreaterThanOrEqualTo(2)
                    .allSatisfy(code -> assertThat(tree.peers(tree.get(code), CALENDAR.firstDay()))
                            .isNotEmpty());
        }
    }

    @Test
    void theSameSeedBuildsTheSameTree() {
        ProvinceRegistry again = OrgTreeBuilder.build(SIZE, CALENDAR, Seeds.stream(7, 0));
        assertThat(again.orgs()).isEqualTo(tree.orgs());
        assertThat(again.staff()).isEqualTo(tree.staff());
    }
}

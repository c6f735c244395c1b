package vn.kyluat.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kyluat.contract.Mart;
import vn.kyluat.contract.MartGrain;
import vn.kyluat.reports.marts.CsvMart;
import vn.kyluat.reports.marts.MartRow;
import vn.kyluat.reports.marts.PublishedSet;
import vn.kyluat.sample.OrgUnitRow;

class ReplicatedMartsTests {
    private static final Path FIXTURE = Path.of("../reports/src/test/resources/province/marts");
    private static final String FIXTURE_SET =
            PublishedSet.resolve(FIXTURE.toString()).toString();

    /** 8 grassroots organisations are 2 copies of the fixture's 4; 33 cells, 3 sets of its 11 (2 + 1). */
    @Test
    void aSmallProvinceHasTheAskedShapeInEveryQuarterAndUniqueGrains(@TempDir Path work) throws Exception {
        ReplicatedMarts.Shape shape = ReplicatedMarts.write(FIXTURE, work, 8, 33);
        String set = shape.set().toString();

        assertThat(shape.copies()).isEqualTo(2);
        assertThat(shape.cellSets()).isEqualTo(3);
        assertThat(shape.grassroots()).isEqualTo(8);
        assertThat(shape.cells()).isEqualTo(33);
        assertThat(unitsPerQuarter(set, OrgUnitRow.GRASSROOTS))
                .isEqualTo(times(unitsPerQuarter(FIXTURE_SET, OrgUnitRow.GRASSROOTS), 2));
        assertThat(unitsPerQuarter(set, OrgUnitRow.CELL))
                .isEqualTo(times(unitsPerQuarter(FIXTURE_SET, OrgUnitRow.CELL), 3));
        for (Mart mart : Mart.values()) {
            if (CsvMart.exists(set, mart)) {
                List<List<String>> keys = CsvMart.read(set, mart).stream()
                        .map(row -> MartGrain.of(mart).stream().map(row::get).toList())
                        .toList();
                assertThat(keys).as(mart.martName() + "'s grain").doesNotHaveDuplicates();
            }
        }
    }

    @Test
    void aCellsCopyKeepsEveryFigureOfTheFixturesRowAndSuffixesItsCodes(@TempDir Path work) throws Exception {
        String set = ReplicatedMarts.write(FIXTURE, work, 8, 33).set().toString();
        MartRow original = metricsRows(FIXTURE_SET).stream()
                .filter(r -> OrgUnitRow.CELL.equals(r.get(Mart.ORG_KIND)))
                .filter(r -> Mart.SCOPE_SUBTREE.equals(r.get(Mart.SCOPE)))
                .findFirst()
                .orElseThrow();
        String code = original.get(Mart.ORG_CODE) + "~1.2";
        MartRow copy = metricsRows(set).stream()
                .filter(r -> code.equals(r.get(Mart.ORG_CODE)))
                .filter(r -> original.get(Mart.QUARTER).equals(r.get(Mart.QUARTER)))
                .filter(r -> Mart.SCOPE_SUBTREE.equals(r.get(Mart.SCOPE)))
                .findFirst()
                .orElseThrow();

        List<String> codes = List.of(Mart.ORG_CODE, Mart.ORG_NAME, Mart.PARENT_CODE, Mart.HEAD_PERSON_CODE);
        for (String column : Mart.ORG_QUARTER_METRICS.columns()) {
            if (!codes.contains(column)) {
                assertThat(copy.get(column)).as(column).isEqualTo(original.get(column));
            }
        }
        assertThat(copy.get(Mart.ORG_NAME)).isEqualTo(original.get(Mart.ORG_NAME) + " 1.2");
        assertThat(copy.get(Mart.PARENT_CODE)).isEqualTo(original.get(Mart.PARENT_CODE) + "~1");
        assertThat(copy.get(Mart.HEAD_PERSON_CODE)).isEqualTo(original.get(Mart.HEAD_PERSON_CODE) + "~1.2");
    }

    private static List<MartRow> metricsRows(String set) {
        return CsvMart.read(set, Mart.ORG_QUARTER_METRICS);
    }

    private static Map<String, Long> unitsPerQuarter(String set, String kind) {
        return metricsRows(set).stream()
                .filter(r -> kind.equals(r.get(Mart.ORG_KIND)) && Mart.SCOPE_SUBTREE.equals(r.get(Mart.SCOPE)))
                .collect(Collectors.groupingBy(r -> r.get(Mart.QUARTER), Collectors.counting()));
    }

    private static Map<String, Long> times(Map<String, Long> counts, long factor) {
        return counts.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue() * factor));
    }
}

package vn.kyluat.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import vn.kyluat.analytics.LowestResponsibility.Cell;
import vn.kyluat.contract.Quarter;

class LowestResponsibilityTests {
    private static final StructType SCHEMA = new StructType()
            .add("quarter", DataTypes.StringType)
            .add("org_code", DataTypes.StringType)
            .add("scope", DataTypes.StringType)
            .add("org_name", DataTypes.StringType)
            .add("org_kind", DataTypes.StringType)
            .add("parent_code", DataTypes.StringType)
            .add("on_time_rate", DataTypes.DoubleType)
            .add("bounce_rate", DataTypes.DoubleType)
            .add("backlog_over_180", DataTypes.LongType)
            .add("responsibility_index", DataTypes.DoubleType);
    private static final Quarter Q4 = Quarter.parse("2025Q4");

    private final List<Row> rows = new ArrayList<>();

    private void row(String quarter, String code, String scope, String kind, String parent, Double index) {
        rows.add(RowFactory.create(quarter, code, scope, "Chi bộ " + code, kind, parent, 0.5, 0.25, 3L, index));
    }

    private List<Cell> lowest() {
        return LowestResponsibility.of(SparkTestSession.get().createDataFrame(rows, SCHEMA), Q4, 3);
    }

    @Test
    void takesTheSubtreeRowsOfPartyCellsInTheQuarterLowestIndexFirstTiesByCode() {
        row("2025Q4", "G1", "subtree", "grassroots_org", "B", 10.0);
        row("2025Q4", "G1-C4", "subtree", "party_cell", "G1", 55.0);
        row("2025Q4", "G1-C3", "subtree", "party_cell", "G1", 40.0);
        row("2025Q4", "G1-C2", "subtree", "party_cell", "G1", 40.0);
        row("2025Q4", "G1-C1", "subtree", "party_cell", "G1", 60.0);
        row("2025Q4", "G1-C5", "subtree", "party_cell", "G1", null);
        row("2025Q4", "G1-C6", "own", "party_cell", "G1", 1.0);
        row("2025Q3", "G1-C7", "subtree", "party_cell", "G1", 2.0);

        assertThat(lowest())
                .extracting(Cell::code, Cell::index)
                .containsExactly(tuple("G1-C2", 40.0), tuple("G1-C3", 40.0), tuple("G1-C4", 55.0));
    }

    @Test
    void namesTheGrassrootsOrganisationAndCarriesTheExplainingFigures() {
        row("2025Q4", "G1", "subtree", "grassroots_org", "B", 70.0);
        row("2025Q4", "G1-C1", "subtree", "party_cell", "G1", 42.5);

        assertThat(lowest()).containsExactly(new Cell("G1-C1", "Chi bộ G1-C1", "Chi bộ G1", 42.5, 0.5, 0.25, 3L));
    }

    @Test
    void formatsRatesInPercentAndADashForAMissingRate() {
        String table = LowestResponsibility.format(
                Q4, List.of(new Cell("G1-C1", "Chi bộ 1", "Đảng bộ Sở Y tế", 42.46, 0.5, null, 3L)));

        assertThat(table.lines().toList())
                .containsExactly(
                        "",
                        "Party cells with the lowest responsibility index, 2025Q4",
                        "cell         name                             grassroots org                    index  on time  bounce backlog>180d",
                        "G1-C1        Chi bộ 1                         Đảng bộ Sở Y tế                    42.5    50.0%       –            3");
    }

    @Test
    void saysSoWhenNoCellHasAnIndex() {
        assertThat(LowestResponsibility.format(Q4, List.of()))
                .endsWith("(no party cell has an index this quarter)" + System.lineSeparator());
    }
}

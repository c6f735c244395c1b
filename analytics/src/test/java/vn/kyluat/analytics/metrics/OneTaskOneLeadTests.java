package vn.kyluat.analytics.metrics;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.kyluat.analytics.ComputedMarts;
import vn.kyluat.analytics.LakeBuilder;
import vn.kyluat.analytics.SparkTestSession;

/** docs/metrics.md One task, one lead unit: the lists, across two sources, for 2024Q3. */
class OneTaskOneLeadTests {
    private static ComputedMarts m;

    @BeforeAll
    static void computeOnce() {
        LakeBuilder lake = new LakeBuilder()
                .standardTree()
                .task("T1")
                .originRef("  kh 264/đuk ")
                .lead("C1")
                .add()
                .task("T1")
                .source("s2")
                .originRef("KH   264/ĐUK")
                .lead("C2")
                .add()
                .task("T3")
                .originRef("KH 264/ĐUK")
                .lead("C1")
                .add()
                .task("T4")
                .originRef("CV 12")
                .lead("C1")
                .add()
                .task("T5")
                .originRef("cv  12")
                .lead("C1")
                .add()
                .task("T6")
                .add()
                .task("T7")
                .cancelled("2024-08-01T10:00")
                .add()
                .task("T8")
                .assigned("2024-06-30T23:30")
                .due("2024-07-15")
                .add()
                .task("T9")
                .source("s2")
                .assigned("2024-09-30T23:30")
                .add()
                .task("T10")
                .lead("C1")
                .add()
                .task("T11")
                .originRef("   ")
                .lead("C2")
                .add();
        m = ComputedMarts.of(lake, "2024Q3");
    }

    @Test
    void anOriginRefNamingTwoLeadUnitsAcrossSourcesListsEveryTaskOfIt() {
        assertThat(ComputedMarts.collect(m.marts().overlappingAssignments(), "source_id", "task_code"))
                .extracting(
                        r -> r.getAs("quarter"),
                        r -> r.getAs("origin_ref"),
                        r -> r.getAs("lead_unit_count"),
                        r -> r.getAs("source_id"),
                        r -> r.getAs("task_code"),
                        r -> r.getAs("lead_org_code"),
                        r -> r.getAs("lead_org_name"))
                .containsExactly(
                        tuple("2024Q3", "KH 264/ĐUK", 2L, "s1", "T1", "C1", "Tổ chức C1"),
                        tuple("2024Q3", "KH 264/ĐUK", 2L, "s1", "T3", "C1", "Tổ chức C1"),
                        tuple("2024Q3", "KH 264/ĐUK", 2L, "s2", "T1", "C2", "Tổ chức C2"));
    }

    @Test
    void tasksWithoutAnOriginRefNeverOverlapWhateverTheirLeadUnits() {
        // T10 (no reference, lead C1) and T11 (a blank one, lead C2) name two units but share no reference
        assertThat(ComputedMarts.collect(m.marts().overlappingAssignments(), "source_id", "task_code"))
                .extracting(r -> r.getAs("task_code"))
                .doesNotContain("T10", "T11");
    }

    @Test
    void tasksWithoutLeadAreListedPerSourceInTheQuarterTheyWereAssignedIn() {
        // T7 was cancelled within the quarter; T8 was assigned in Q2 (23:30 local on 2024-06-30)
        assertThat(ComputedMarts.collect(m.marts().tasksWithoutLead(), "source_id", "task_code"))
                .extracting(
                        r -> r.getAs("quarter"),
                        r -> r.getAs("source_id"),
                        r -> r.getAs("task_code"),
                        r -> r.getAs("assigned_by_org_code"))
                .containsExactly(tuple("2024Q3", "s1", "T6", "ROOT"), tuple("2024Q3", "s2", "T9", "ROOT"));
    }

    @Test
    void originRefsAreTrimmedUpperCasedAndTheirInnerWhiteSpaceCollapsed() {
        List<String> refs = Arrays.asList(
                "  kh 264/đuk ", "KH   264/ĐUK", "cv\t12", "cv\u000B12", "cv\f\n12", "tb\r 7", "TB-7", "   ", "", null);
        Dataset<Row> normalised = SparkTestSession.get()
                .createDataset(refs, Encoders.STRING())
                .select(OneTaskOneLead.normalisedOriginRef(col("value")));
        assertThat(normalised.collectAsList())
                .extracting(r -> r.getString(0))
                .containsExactly("KH 264/ĐUK", "KH 264/ĐUK", "CV 12", "CV 12", "CV 12", "TB 7", "TB-7", "", "", "");
    }
}

package vn.kyluat.analytics.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kyluat.analytics.lake.TestLake.reject;

import java.time.Instant;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import vn.kyluat.analytics.SparkTestSession;
import vn.kyluat.analytics.lake.LakeSchema;
import vn.kyluat.contract.Mart;
import vn.kyluat.contract.manifest.RunManifest;

class RejectsMartTests {
    private static final Instant AT = Instant.parse("2026-11-26T01:02:03Z");

    @Test
    void onlyTheRejectsOfRunsThatWroteTheirManifestAreKept() {
        Dataset<Row> rejects = SparkTestSession.get()
                .createDataFrame(
                        List.of(
                                RowFactory.create(reject("finished", "unit-a", "task", "T1", "missing_required", AT)),
                                RowFactory.create(reject("killed", "unit-a", "task", "T2", "missing_required", AT))),
                        LakeSchema.rejects());
        RunManifest finished = new RunManifest("finished", AT.toString(), AT.toString(), "COMPLETED", List.of());

        Dataset<Row> mart = RejectsMart.of(rejects, List.of(finished));

        assertThat(mart.columns()).containsExactlyElementsOf(Mart.REJECTS.columns());
        assertThat(mart.collectAsList()).extracting(r -> r.getAs("record_key")).containsExactly("T1");
    }

    /** Board outputs and the warehouse read this mart: a rejected staff record must not carry who it was. */
    @Test
    void aPersonsCodeAndNameAreMaskedInTheKeyTheDetailAndTheRawValues() {
        Dataset<Row> rejects = SparkTestSession.get()
                .createDataFrame(
                        List.of(RowFactory.create(
                                "finished",
                                "registry",
                                "staff",
                                "NS00042",
                                "duplicate_key",
                                "person_code 'NS00042' is delivered more than once; kept the first row read",
                                "{\"person_code\":\"NS00042\",\"full_name\":\"Nguy\\u1ec5n Văn An\",\"org_code\":\"C001\"}",
                                AT)),
                        LakeSchema.rejects());
        RunManifest finished = new RunManifest("finished", AT.toString(), AT.toString(), "COMPLETED", List.of());

        Row masked = RejectsMart.of(rejects, List.of(finished)).collectAsList().get(0);

        assertThat(masked.<String>getAs("record_key")).isEqualTo("••• 1");
        assertThat(masked.<String>getAs("detail"))
                .isEqualTo("person_code '•••' is delivered more than once; kept the first row read");
        assertThat(masked.<String>getAs("raw_values"))
                .isEqualTo("{\"person_code\":\"•••\",\"full_name\":\"•••\",\"org_code\":\"C001\"}");
        assertThat(masked.<String>getAs("rule")).isEqualTo("duplicate_key");
    }

    /** The mart's grain (run, source, relation, key, rule) is the warehouse's primary key. */
    @Test
    void twoMaskedKeysOfOneRuleStayDistinctSoTheGrainStaysAKey() {
        Dataset<Row> rejects = SparkTestSession.get()
                .createDataFrame(
                        List.of(
                                RowFactory.create(
                                        "finished",
                                        "registry",
                                        "staff",
                                        "NS00042",
                                        "unknown_org",
                                        "org_code 'X1' unknown",
                                        "{\"person_code\":\"NS00042\"}",
                                        AT),
                                RowFactory.create(
                                        "finished",
                                        "registry",
                                        "staff",
                                        "NS00007",
                                        "unknown_org",
                                        "org_code 'X1' unknown",
                                        "{\"person_code\":\"NS00007\"}",
                                        AT),
                                RowFactory.create(
                                        "finished",
                                        "unit-a",
                                        "task",
                                        "T1",
                                        "unknown_org",
                                        "org_code 'X1' unknown",
                                        "{\"task_code\":\"T1\"}",
                                        AT)),
                        LakeSchema.rejects());
        RunManifest finished = new RunManifest("finished", AT.toString(), AT.toString(), "COMPLETED", List.of());

        List<Row> masked = RejectsMart.of(rejects, List.of(finished)).collectAsList();

        // Numbered in the order of the original keys: NS00007 before NS00042.
        assertThat(masked)
                .extracting(r -> r.<String>getAs("record_key"))
                .containsExactlyInAnyOrder("••• 1", "••• 2", "T1");
        assertThat(masked)
                .filteredOn(r -> r.<String>getAs("record_key").equals("••• 1"))
                .extracting(r -> r.<String>getAs("raw_values"))
                .containsExactly("{\"person_code\":\"•••\"}");
    }
}

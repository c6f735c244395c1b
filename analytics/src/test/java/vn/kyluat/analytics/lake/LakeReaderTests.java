package vn.kyluat.analytics.lake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.kyluat.analytics.lake.TestLake.org;
import static vn.kyluat.analytics.lake.TestLake.reject;
import static vn.kyluat.analytics.lake.TestLake.rows;
import static vn.kyluat.analytics.lake.TestLake.task;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kyluat.analytics.SparkTestSession;
import vn.kyluat.contract.LakeLayout;
import vn.kyluat.contract.Relation;
import vn.kyluat.contract.manifest.RunManifest;

class LakeReaderTests {
    private static final Instant MONDAY = Instant.parse("2024-07-01T02:00:00Z");
    private final SparkSession spark = SparkTestSession.get();

    @TempDir
    Path dir;

    private TestLake lake;

    @BeforeEach
    void emptyLake() {
        lake = new TestLake(spark, dir.resolve("lake").toString());
    }

    private List<String> codes(Relation relation, String column) {
        return new LakeReader(spark, lake.root())
                .relation(relation).orderBy(column).collectAsList().stream()
                        .map(row -> row.getAs(column).toString())
                        .toList();
    }

    @Test
    void onlyTheVersionThePointerNamesIsRead() {
        lake.writeVersion(Relation.ORG_UNIT, "registry", "v-1", rows(org("A", "Old", null, "bloc_committee")))
                .writeVersion(Relation.ORG_UNIT, "registry", "v-2", rows(org("B", "New", null, "bloc_committee")))
                .pointTo(Relation.ORG_UNIT, "registry", "v-1", 1);

        assertThat(codes(Relation.ORG_UNIT, "org_code")).containsExactly("A");
    }

    @Test
    void aSourceWhoseFirstVersionIsStillBeingWrittenIsIgnored() throws Exception {
        lake.publish(Relation.TASK, "unit-a", "v-1", rows(task("T1", "A", MONDAY, LocalDate.of(2024, 7, 31), MONDAY)));
        Path halfWritten = dir.resolve("lake/task/source=unit-b/v-1");
        Files.createDirectories(halfWritten);
        Files.writeString(halfWritten.resolve("part-00000.parquet"), "not a whole Parquet file");

        assertThat(codes(Relation.TASK, "task_code")).containsExactly("T1");
    }

    @Test
    void everySourceIsReadWithItsIdFromItsFolder() {
        lake.publish(Relation.TASK, "unit-a", "v-1", rows(task("T1", "A", MONDAY, LocalDate.of(2024, 7, 31), MONDAY)))
                .publish(
                        Relation.TASK,
                        "unit-b",
                        "v-7",
                        rows(task("T1", "B", MONDAY, LocalDate.of(2024, 8, 31), MONDAY)));

        List<Row> rows = new LakeReader(spark, lake.root())
                .relation(Relation.TASK)
                .orderBy("source_id")
                .collectAsList();

        assertThat(rows)
                .extracting(r -> r.getAs("source_id") + ":" + r.getAs("task_code") + ":" + r.getAs("lead_org_code"))
                .containsExactly("unit-a:T1:A", "unit-b:T1:B");
    }

    @Test
    void aLakeThatDoesNotExistIsNamed() {
        assertThatThrownBy(() -> new LakeReader(spark, dir.resolve("nowhere").toString()).tables())
                .isInstanceOf(LakeContractException.class)
                .hasMessageContaining("there is no lake at file:" + dir.resolve("nowhere"));
    }

    @Test
    void aFileWhereTheLakeShouldBeIsNoLake() throws Exception {
        Files.writeString(dir.resolve("lake"), "a file where the lake folder should be");

        assertThatThrownBy(() -> new LakeReader(spark, lake.root()).tables())
                .isInstanceOf(LakeContractException.class)
                .hasMessageContaining("there is no lake at file:" + dir.resolve("lake"));
    }

    @Test
    void aRelationNoSourceDeliversIsEmptyWithTheContractSchema() throws Exception {
        Files.createDirectories(dir.resolve("lake"));
        LakeTables tables = new LakeReader(spark, lake.root()).tables();

        for (Relation relation : Relation.values()) {
            assertThat(tables.get(relation).count()).isZero();
            assertThat(tables.get(relation).schema()).isEqualTo(LakeSchema.of(relation));
        }
        assertThat(tables.get(Relation.TASK)
                        .schema()
                        .apply("assigned_at")
                        .dataType()
                        .typeName())
                .isEqualTo("timestamp");
    }

    @Test
    void aVersionWithoutAContractColumnIsRejectedUpFrontNamingIt() {
        spark.sql("select 'registry' as source_id, 'A' as org_code, 'Name' as name")
                .write()
                .parquet(LakeLayout.versionDir(lake.root(), Relation.ORG_UNIT, "registry", "v-1"));
        lake.pointTo(Relation.ORG_UNIT, "registry", "v-1", 1);

        assertThatThrownBy(() -> new LakeReader(spark, lake.root()).relation(Relation.ORG_UNIT))
                .isInstanceOf(LakeContractException.class)
                .hasMessageContaining("org_unit/source=registry/v-1")
                .hasMessageContaining("[parent_code, kind, valid_from, valid_to, successor_code]");
    }

    @Test
    void aPointerToAVersionThatDoesNotExistIsAnError() {
        lake.pointTo(Relation.STAFF, "registry", "v-9", 3);

        assertThatThrownBy(() -> new LakeReader(spark, lake.root()).relation(Relation.STAFF))
                .isInstanceOf(LakeContractException.class)
                .hasMessageContaining("names version 'v-9', which does not exist");
    }

    @Test
    void onlyRunsWithAManifestAreReadWithTheirRejects() {
        lake.manifest("r1", """
            {"run_id":"r1","started_at":"2026-11-26T01:02:03Z","finished_at":"2026-11-26T01:03:00Z",
             "status":"COMPLETED","sources":[]}""")
                .rejects(
                        "r1",
                        "unit-a",
                        Relation.TASK,
                        rows(reject("r1", "unit-a", "task", "T9", "missing_required", MONDAY)))
                .rejects(
                        "r2",
                        "unit-a",
                        Relation.TASK,
                        rows(reject("r2", "unit-a", "task", "T8", "missing_required", MONDAY)));
        LakeReader reader = new LakeReader(spark, lake.root());

        List<RunManifest> runs = reader.runs();

        assertThat(runs).extracting(RunManifest::runId).containsExactly("r1");
        assertThat(reader.rejects(Set.of("r1")).collectAsList())
                .extracting(r -> r.getAs("record_key"))
                .containsExactly("T9");
    }
}

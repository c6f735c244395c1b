package vn.kyluat.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kyluat.contract.Relation;
import vn.kyluat.contract.manifest.RelationReport;
import vn.kyluat.contract.manifest.RunManifest;
import vn.kyluat.contract.manifest.SourceReport;
import vn.kyluat.etl.lake.ParquetFiles;
import vn.kyluat.etl.lake.RelationDataset;
import vn.kyluat.etl.support.LakeSnapshot;
import vn.kyluat.etl.support.Pipelines;
import vn.kyluat.etl.support.Province;
import vn.kyluat.etl.support.UnitDatabase;

/** The extraction job on embedded (H2) unit systems. */
class ExtractJobTests {
    @TempDir
    Path dir;

    UnitDatabase registry;
    UnitDatabase unit;
    Path config;

    @BeforeEach
    void province() {
        registry = UnitDatabase.create(dir, "registry");
        registry.execute(Province.REGISTRY);
        unit = UnitDatabase.create(dir, "unit-a");
        unit.execute(Province.UNIT);
        config = Pipelines.write(dir, Province.config(registry.url(), unit.url(), ""));
    }

    private Path lake() {
        return dir.resolve("lake");
    }

    private List<Object[]> lakeRows(Relation relation, String source) {
        return new RelationDataset(lake(), relation, source).currentRows();
    }

    private static RelationReport report(RunManifest manifest, String source, String relation) {
        return manifest.sources().stream()
                .filter(s -> s.sourceId().equals(source))
                .findFirst()
                .orElseThrow()
                .relations()
                .stream()
                .filter(r -> r.relation().equals(relation))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aCleanProvinceLoadsEveryRelationAndEveryCountReconciles() {
        RunManifest manifest = Pipelines.extract(config).manifest();

        assertThat(manifest.status()).isEqualTo(RunManifest.COMPLETED);
        assertThat(manifest.sources())
                .allSatisfy(s -> assertThat(s.relations())
                        .allSatisfy(r -> assertThat(r.read()).isEqualTo(r.accepted() + r.rejected())));
        assertThat(report(manifest, "unit-a", "task"))
                .extracting(RelationReport::read, RelationReport::accepted, RelationReport::mode)
                .containsExactly(3L, 3L, "full");
        assertThat(report(manifest, "unit-a", "task").watermarkAfter()).isEqualTo("2024-09-30T16:30:00Z");
        assertThat(report(manifest, "unit-a", "task_event").watermarkAfter()).isEqualTo("4");
        assertThat(lakeRows(Relation.TASK, "unit-a"))
                .extracting(r -> r[0] + "/" + r[1])
                .containsExactly("unit-a/T1", "unit-a/T2", "unit-a/T3");
        assertThat(lakeRows(Relation.ORG_UNIT, "registry")).hasSize(4);
        assertThat(lakeRows(Relation.TASK, "registry")).isEmpty();
    }

    @Test
    void aCompletionAt2330LocalOnTheQuartersLastDayKeepsItsInstantInParquet() throws Exception {
        Pipelines.extract(config);

        RelationDataset tasks = new RelationDataset(lake(), Relation.TASK, "unit-a");
        Path part = tasks.parts(tasks.current().orElseThrow().version()).get(0);
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(part))) {
            MessageType schema = reader.getFooter().getFileMetaData().getSchema();
            assertThat(schema.getType("completed_at").getLogicalTypeAnnotation())
                    .isEqualTo(LogicalTypeAnnotation.timestampType(true, LogicalTypeAnnotation.TimeUnit.MICROS));
            assertThat(schema.getFieldName(0)).isEqualTo("source_id");
            var records = new ColumnIOFactory()
                    .getColumnIO(schema)
                    .getRecordReader(reader.readNextRowGroup(), new GroupRecordConverter(schema));
            records.read();
            Group t2 = records.read();
            assertThat(t2.getString("task_code", 0)).isEqualTo("T2");
            long micros = Instant.parse("2024-09-30T16:30:00Z").getEpochSecond() * 1_000_000L;
            assertThat(t2.getLong("completed_at", 0)).isEqualTo(micros);
            assertThat(t2.getInteger("due_date", 0))
                    .isEqualTo((int) java.time.LocalDate.parse("2024-09-30").toEpochDay());
        }
    }

    @Test
    void aSecondRunWithNoChangeLeavesTheLakeIdentical() {
        Pipelines.extract(config);
        Map<String, String> before = LakeSnapshot.of(lake());

        RunManifest second = Pipelines.extract(config).manifest();

        assertThat(LakeSnapshot.of(lake())).isEqualTo(before);
        assertThat(report(second, "unit-a", "task"))
                .extracting(RelationReport::mode, RelationReport::read)
                .containsExactly("incremental", 0L);
        assertThat(report(second, "unit-a", "task_event").read()).isZero();
        assertThat(report(second, "registry", "org_unit"))
                .extracting(RelationReport::mode, RelationReport::read)
                .containsExactly("full", 4L);
    }

    @Test
    void anIncrementalRunReadsOnlyTheChangeAndTheLakeMatchesTheSourceAgain() {
        Pipelines.extract(config);
        unit.execute("""
        UPDATE task SET status = 'completed', completed_at = TIMESTAMP WITH TIME ZONE '2024-10-02 10:00:00+07:00',
          updated_at = TIMESTAMP WITH TIME ZONE '2024-10-02 10:00:00+07:00' WHERE task_code = 'T1';
        INSERT INTO task VALUES ('T4', 'Mới', NULL, 'G2', NULL, 'BLOC', TIMESTAMP WITH TIME ZONE '2024-10-01 08:00:00+07:00', DATE '2024-12-31', 'normal', 'within', 'open', NULL, NULL, TIMESTAMP WITH TIME ZONE '2024-10-01 08:00:00+07:00');
        INSERT INTO task_event VALUES (5, 'T4', 'assigned', TIMESTAMP WITH TIME ZONE '2024-10-01 08:00:00+07:00', 'BLOC', 'G2', NULL, NULL);
        """);

        RunManifest second = Pipelines.extract(config).manifest();

        assertThat(report(second, "unit-a", "task"))
                .extracting(RelationReport::mode, RelationReport::read, RelationReport::watermarkBefore)
                .containsExactly("incremental", 2L, "2024-09-30T16:30:00Z");
        assertThat(report(second, "unit-a", "task").watermarkAfter()).isEqualTo("2024-10-02T03:00:00Z");
        assertThat(report(second, "unit-a", "task_event"))
                .extracting(RelationReport::read, RelationReport::watermarkAfter)
                .containsExactly(1L, "5");
        List<Object[]> tasks = lakeRows(Relation.TASK, "unit-a");
        assertThat(tasks).extracting(r -> (String) r[1]).containsExactlyInAnyOrder("T1", "T2", "T3", "T4");
        assertThat(tasks)
                .filteredOn(r -> r[1].equals("T1"))
                .extracting(r -> r[11])
                .containsExactly("completed");
        assertThat(lakeRows(Relation.TASK_EVENT, "unit-a"))
                .extracting(r -> r[1])
                .containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L);
        assertThat(new RelationDataset(lake(), Relation.TASK, "unit-a")
                        .current()
                        .orElseThrow()
                        .rows())
                .isEqualTo(4);
    }

    @Test
    void onePersonWhoMovedUnitIsTwoStaffRowsOfOneRegistryAndASecondCopyOfOneIsADuplicate() {
        registry.execute("""
        UPDATE staff SET valid_to = DATE '2024-08-14' WHERE person_code = 'P2';
        INSERT INTO staff VALUES ('P2', 'Trần Thị Bình', 'G1', 'member', FALSE, DATE '2024-08-15', NULL);
        INSERT INTO staff VALUES ('P2', 'Trần Thị Bình', 'G1', 'deputy', FALSE, DATE '2024-08-15', NULL);
        """);

        RunManifest manifest = Pipelines.extract(config).manifest();

        RelationReport staff = report(manifest, "registry", "staff");
        assertThat(staff.rejectedByRule())
                .as("rejected staff rows")
                .containsExactlyEntriesOf(Map.of("duplicate_key", 1L));
        assertThat(staff)
                .extracting(RelationReport::read, RelationReport::accepted)
                .containsExactly(4L, 3L);
        assertThat(lakeRows(Relation.STAFF, "registry"))
                .filteredOn(r -> r[1].equals("P2"))
                .extracting(r -> r[3] + " from " + r[6])
                .containsExactly("G2 from 2021-03-01", "G1 from 2024-08-15");
    }

    @Test
    void badRecordsAreRejectedWithTheirRuleAndRawValuesAndNeverDropped() {
        unit.execute("""
        INSERT INTO task VALUES ('T1', 'Bản cũ', NULL, 'G1', NULL, 'BLOC', TIMESTAMP WITH TIME ZONE '2024-06-01 08:00:00+07:00', DATE '2024-08-15', 'normal', 'within', 'open', NULL, NULL, TIMESTAMP WITH TIME ZONE '2024-06-01 08:00:00+07:00');
        INSERT INTO task VALUES ('T5', 'Ưu tiên cao', NULL, 'G1', NULL, 'BLOC', TIMESTAMP WITH TIME ZONE '2024-07-01 08:00:00+07:00', DATE '2024-08-15', 'high', 'within', 'open', NULL, NULL, TIMESTAMP WITH TIME ZONE '2024-07-01 08:00:00+07:00');
        INSERT INTO task VALUES ('T6', 'Đơn vị lạ', NULL, 'G9', NULL, 'BLOC', TIMESTAMP WITH TIME ZONE '2024-07-01 08:00:00+07:00', DATE '2024-08-15', 'normal', 'within', 'open', NULL, NULL, TIMESTAMP WITH TIME ZONE '2024-07-01 08:00:00+07:00');
        INSERT INTO task_event VALUES (6, 'T9', 'reminded', TIMESTAMP WITH TIME ZONE '2024-07-05 08:00:00+07:00', NULL, NULL, NULL, NULL);
        INSERT INTO task_event VALUES (7, 'T1', 'returned', TIMESTAMP WITH TIME ZONE '2024-07-06 08:00:00+07:00', 'G2', NULL, NULL, NULL);
        INSERT INTO task_event VALUES (8, 'T1', 'reminded', TIMESTAMP WITH TIME ZONE '2099-01-01 08:00:00+07:00', NULL, NULL, NULL, NULL);
        """);

        RunManifest manifest = Pipelines.extract(config).manifest();

        RelationReport tasks = report(manifest, "unit-a", "task");
        assertThat(tasks)
                .extracting(RelationReport::read, RelationReport::accepted, RelationReport::rejected)
                .containsExactly(6L, 3L, 3L);
        assertThat(tasks.rejectedByRule())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("duplicate_key", 1L, "not_in_enumeration", 1L, "unknown_org", 1L));
        assertThat(report(manifest, "unit-a", "task_event").rejectedByRule())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("event_for_unknown_task", 1L, "handoff_without_target", 1L, "occurred_in_future", 1L));
        assertThat(lakeRows(Relation.TASK, "unit-a"))
                .filteredOn(r -> r[1].equals("T1"))
                .extracting(r -> r[2])
                .containsExactly("Báo cáo quý");

        Path rejects = lake().resolve("_rejects")
                .resolve(manifest.runId())
                .resolve("unit-a")
                .resolve("task");
        List<Object[]> rows = ParquetFiles.read(
                vn.kyluat.etl.lake.PartFiles.parquetParts(rejects).get(0));
        Object[] duplicate = rows.stream()
                .filter(r -> r[4].equals("duplicate_key"))
                .findFirst()
                .orElseThrow();
        assertThat(duplicate).startsWith(manifest.runId(), "unit-a", "task", "T1", "duplicate_key");
        assertThat((String) duplicate[6])
                .contains("\"title\":\"Bản cũ\"")
                .contains("\"updated_at\":\"2024-06-01T01:00:00Z\"");
    }

    @Test
    void anUnreachableSourceFailsAloneAndTheRunIsPartial() {
        Path partial = Pipelines.write(dir, Province.config(registry.url(), unit.url(), """
          - id: unit-b
            type: postgres
            url: jdbc:postgresql://127.0.0.1:1/kyluat_nowhere
        """));

        RunManifest manifest = Pipelines.extract(partial).manifest();

        assertThat(manifest.status()).isEqualTo(RunManifest.PARTIAL);
        SourceReport unitB = manifest.sources().get(2);
        assertThat(unitB.status()).isEqualTo(SourceReport.FAILED);
        assertThat(unitB.error())
                .isEqualTo("source unit-b: cannot connect to jdbc:postgresql://127.0.0.1:1/kyluat_nowhere:"
                        + " Connection refused (configuration: " + partial.toAbsolutePath() + ":11)");
        assertThat(manifest.sources().get(1).status()).isEqualTo(SourceReport.COMPLETED);
        assertThat(lakeRows(Relation.TASK, "unit-a")).hasSize(3);
    }
}

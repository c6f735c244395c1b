package vn.kyluat.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kyluat.contract.Relation;
import vn.kyluat.etl.lake.RelationDataset;
import vn.kyluat.etl.support.Pipelines;
import vn.kyluat.etl.support.Province;
import vn.kyluat.etl.support.UnitDatabase;

/** A large chunk is written as two parts at once, each named by the offset of its first row. */
class LargeChunkTests {
    @TempDir
    Path dir;

    @Test
    void aChunkOf25000AcceptedRowsBecomesTwoPartsOf12500InKeyOrder() {
        UnitDatabase registry = UnitDatabase.create(dir, "registry");
        registry.execute(Province.REGISTRY);
        UnitDatabase unit = UnitDatabase.create(dir, "unit-a");
        unit.execute(
                "INSERT INTO task SELECT 'T' || LPAD(CAST(X AS VARCHAR), 5, '0'), 'Việc', NULL, 'G1', NULL, 'BLOC',"
                        + " TIMESTAMP WITH TIME ZONE '2024-07-01 08:00:00+07:00', DATE '2024-08-15', 'normal', 'within', 'open', NULL, NULL,"
                        + " TIMESTAMP WITH TIME ZONE '2024-07-01 08:00:00+07:00' FROM SYSTEM_RANGE(1, 25000)");
        Path config = Pipelines.write(
                dir, "extract:\n  chunk_size: 30000\n" + Province.config(registry.url(), unit.url(), ""));

        String runId = Pipelines.extract(config).runId();

        RelationDataset tasks = new RelationDataset(dir.resolve("lake"), Relation.TASK, "unit-a");
        assertThat(tasks.parts(tasks.current().orElseThrow().version()))
                .extracting(p -> p.getFileName().toString())
                .containsExactly(
                        "part-" + runId + "-c000000000000.parquet", "part-" + runId + "-c000000012500.parquet");
        List<Object[]> rows = tasks.currentRows();
        assertThat(rows).hasSize(25_000);
        assertThat(rows.get(12_499)[1]).isEqualTo("T12500");
        assertThat(rows.get(12_500)[1]).isEqualTo("T12501");
    }
}

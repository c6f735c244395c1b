package vn.kyluat.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kyluat.contract.CurrentVersion;
import vn.kyluat.contract.Relation;
import vn.kyluat.etl.lake.RelationDataset;

class LakeSinkTests {
    @TempDir
    Path workspace;

    @Test
    void aLakeOnlyProvinceIsPublishedAsExtractionWouldPublishIt() throws Exception {
        SampleProvinceGenerator.Result result = SampleProvinceGenerator.generate(
                new ProvinceSize(5, 8, 40, 4, 1500, 0),
                workspace,
                UnitTargets.lakeOnly(workspace),
                2,
                new PrintStream(new ByteArrayOutputStream()));
        Path lake = workspace.resolve("lake");
        Map<String, Set<Relation>> delivered = result.truth().relationsBySource();
        assertThat(delivered).containsKeys("registry", "unit-a", "unit-csv");
        for (Map.Entry<String, Set<Relation>> source : delivered.entrySet()) {
            for (Relation relation : source.getValue()) {
                RelationDataset dataset = new RelationDataset(lake, relation, source.getKey());
                CurrentVersion current = dataset.current().orElseThrow();
                List<Object[]> rows = dataset.currentRows();
                assertThat(current.version()).isEqualTo("v-generated");
                assertThat(current.rows())
                        .isEqualTo(result.truth().rows(source.getKey(), relation))
                        .isEqualTo(rows.size());
                assertThat(rows).allSatisfy(row -> assertThat(row[0]).isEqualTo(source.getKey()));
            }
        }
        assertThat(new RelationDataset(lake, Relation.TASK, "unit-a").currentRows())
                .hasSizeGreaterThan(100);
        assertThat(Files.readString(workspace.resolve("pipeline.yaml"))).contains("lake: lake", "sources:\n  []");
    }
}

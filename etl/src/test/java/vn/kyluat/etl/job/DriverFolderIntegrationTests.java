package vn.kyluat.etl.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kyluat.contract.Relation;
import vn.kyluat.contract.manifest.RunManifest;
import vn.kyluat.etl.lake.RelationDataset;
import vn.kyluat.etl.source.DriverFolder;
import vn.kyluat.etl.support.Pipelines;
import vn.kyluat.etl.support.Province;
import vn.kyluat.etl.support.UnitDatabase;

/**
 * A driver the build does not ship, dropped in a drivers folder: DuckDB's, which Maven copies to
 * target/test-drivers and which is not on the tests' classpath.
 */
class DriverFolderIntegrationTests {
    @TempDir
    Path dir;

    @Test
    void aDriverJarDroppedInTheFolderReadsItsDatabase() throws Exception {
        assertThatThrownBy(() -> Class.forName("org.duckdb.DuckDBDriver")).isInstanceOf(ClassNotFoundException.class);
        Path drivers = Files.createDirectories(dir.resolve("drivers"));
        try (Stream<Path> jars = Files.list(Path.of("target/test-drivers"))) {
            for (Path jar : jars.toList()) {
                Files.copy(jar, drivers.resolve(jar.getFileName()));
            }
        }

        assertThat(DriverFolder.load(drivers)).containsExactly("org.duckdb.DuckDBDriver");

        String registryUrl = "jdbc:duckdb:" + dir.resolve("registry.duckdb");
        try (Connection connection = DriverManager.getConnection(registryUrl);
                Statement statement = connection.createStatement()) {
            statement.execute(UnitDatabase.referenceSchema()
                    .substring(0, UnitDatabase.referenceSchema().indexOf("-- No or CHECK")));
            statement.execute(Province.REGISTRY);
        }
        UnitDatabase unit = UnitDatabase.create(dir, "unit");
        unit.execute(Province.UNIT);
        Path config = Pipelines.write(dir, """
        sources:
          - id: registry
            type: jdbc
            registry: true
            url: %s
            keeps: [org_unit, staff]
          - id: unit-a
            type: jdbc
            url: "%s"
            user: sa
        """.formatted(registryUrl, unit.url()));

        RunManifest manifest = Pipelines.extract(config).manifest();

        assertThat(manifest.status()).isEqualTo(RunManifest.COMPLETED);
        List<Object[]> staff = new RelationDataset(dir.resolve("lake"), Relation.STAFF, "registry").currentRows();
        assertThat(staff)
                .extracting(r -> r[1] + ":" + r[2] + ":" + r[5])
                .containsExactly("P1:Nguyễn Văn An:true", "P2:Trần Thị Bình:false");
        assertThat(manifest.sources().get(1).relations())
                .extracting(r -> r.relation() + ":" + r.accepted())
                .containsExactly("task:3", "task_event:4", "discipline_action:1", "inspection_finding:1");
    }
}

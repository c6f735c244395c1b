package vn.kyluat.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kyluat.contract.manifest.RunManifest;
import vn.kyluat.etl.support.Pipelines;
import vn.kyluat.etl.support.Province;
import vn.kyluat.etl.support.UnitDatabase;

/** A mapping the unit's database cannot answer fails that source alone, saying everything to fix at once. */
class MappingErrorsTests {
    @TempDir
    Path dir;

    @Test
    void aMappingNamesEveryMissingAndUnknownColumnAndItsConfigurationLine() {
        UnitDatabase registry = UnitDatabase.create(dir, "registry");
        registry.execute(Province.REGISTRY);
        UnitDatabase unit = UnitDatabase.create(dir, "unit");
        Path config = Pipelines.write(dir, Province.config(registry.url(), unit.url(), """
            relations:
              discipline_action: SELECT action_code, person_code AS ma_dang_vien, org_code, kind AS hinh_thuc, reason, decided_at FROM discipline_action
        """));

        RunManifest manifest = Pipelines.extract(config).manifest();

        assertThat(manifest.status()).isEqualTo(RunManifest.PARTIAL);
        assertThat(manifest.sources().get(1).error())
                .isEqualTo("source unit-a: cannot read discipline_action from "
                        + unit.url()
                        + ": the query for discipline_action returns no column person_code, kind; it returns ma_dang_vien,"
                        + " hinh_thuc, which the contract does not know; alias each source column as its contract name, e.g. SELECT ma"
                        + " AS person_code ... (configuration: " + config.toAbsolutePath() + ":12)");
    }

    @Test
    void aUrlNoDriverKnowsSaysWhereDriversGo() {
        UnitDatabase registry = UnitDatabase.create(dir, "registry");
        registry.execute(Province.REGISTRY);
        Path config = Pipelines.write(
                dir, Province.config(registry.url(), "jdbc:sqlserver://127.0.0.1:1433;databaseName=congviec", ""));

        RunManifest manifest = Pipelines.extract(config).manifest();

        assertThat(manifest.sources().get(1).error())
                .isEqualTo("source unit-a: cannot connect to"
                        + " jdbc:sqlserver://127.0.0.1:1433;databaseName=congviec: No suitable driver found for"
                        + " jdbc:sqlserver://127.0.0.1:1433;databaseName=congviec; put the database's JDBC driver jar in the drivers/ folder"
                        + " (or the folder KYLUAT_DRIVERS names); MySQL is read with jdbc:mariadb:// URLs (configuration: "
                        + config.toAbsolutePath() + ":7)");
    }
}

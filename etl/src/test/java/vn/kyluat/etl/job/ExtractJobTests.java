package vn.kyluat.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kyluat.etl.manifest.RunManifest;
import vn.kyluat.etl.support.Pipelines;
import vn.kyluat.etl.support.Province;
import vn.kyluat.etl.support.UnitDatabase;

class ExtractJobTests {
  @TempDir Path dir;

  @Test
  void aCleanProvinceLoadsEveryRelation() {
    UnitDatabase registry = UnitDatabase.create(dir, "registry");
    registry.execute(Province.REGISTRY);
    UnitDatabase unit = UnitDatabase.create(dir, "unit-a");
    unit.execute(Province.UNIT);
    Path config = Pipelines.write(dir, Province.config(registry.url(), unit.url(), ""));

    ExtractLauncher.Outcome outcome = Pipelines.extract(config);

    System.out.println(outcome);
    if (outcome.cause() != null) outcome.cause().printStackTrace(System.out);
    assertThat(outcome.manifest().status()).isEqualTo(RunManifest.COMPLETED);
  }
}

package vn.kyluat.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import vn.kyluat.contract.Relation;
import vn.kyluat.contract.manifest.RunManifest;
import vn.kyluat.etl.config.ExtractConfig;
import vn.kyluat.etl.config.ExtractConfigReader;
import vn.kyluat.etl.config.SourceConfig;
import vn.kyluat.etl.lake.RelationDataset;
import vn.kyluat.etl.source.SourceSnapshots;
import vn.kyluat.etl.support.Pipelines;
import vn.kyluat.etl.support.PostgresDatabases;
import vn.kyluat.etl.support.Province;
import vn.kyluat.etl.support.UnitDatabase;

/**
 * The census counts a run takes in the background ({@link CensusTotals}): a {@code postgres} source's
 * in the run's snapshot, so a deletion committed after the snapshot is not in them (the census must
 * see what the read saw); a {@code jdbc} source's not at all (it has no snapshot, its census asks after
 * its read); and none for a source read whole.
 */
class CensusTotalsIntegrationTests {
    @TempDir
    Path dir;

    final PostgresDatabases postgres = new PostgresDatabases();

    @AfterEach
    void drop() {
        postgres.dropAll();
    }

    @Test
    void aPostgresSourcesTotalsAreTakenInTheRunsSnapshotAndNoOthers() throws SQLException {
        String registry = postgres.create("registry_totals");
        postgres.execute(registry, UnitDatabase.referenceSchema() + Province.REGISTRY);
        String unit = postgres.create("unit_totals");
        postgres.execute(unit, UnitDatabase.referenceSchema() + Province.UNIT);
        Path config = Pipelines.write(dir, """
        sources:
          - {id: registry, type: jdbc, registry: true, url: "%1$s", user: %3$s}
          - {id: unit-a, type: postgres, url: "%2$s", user: %3$s}
          - {id: unit-b, type: jdbc, url: "%2$s", user: %3$s}
        """.formatted(postgres.url(registry), postgres.url(unit), postgres.user()));
        for (int run = 0; run < 2; run++) { // a load, then the first census, which leaves the figures
            assertThat(Pipelines.extract(config).manifest().status()).isEqualTo(RunManifest.COMPLETED);
        }
        ExtractConfig extract = ExtractConfigReader.read(config);
        SourceConfig unitA = source(extract, "unit-a");
        SourceConfig unitB = source(extract, "unit-b");
        assertFiguresKept(extract, unitA, Relation.TASK);
        assertFiguresKept(extract, unitA, Relation.TASK_EVENT);
        assertFiguresKept(extract, unitB, Relation.TASK);

        try (SourceSnapshots snapshots = new SourceSnapshots();
                CensusTotals totals = new CensusTotals(extract, snapshots)) {
            try (Connection first = snapshots.open(unitA)) {
                // the run's snapshot of unit-a is taken: T3 is deleted after it
                postgres.execute(unit, "DELETE FROM task WHERE task_code = 'T3';");
            }
            totals.beforeJob(run(Set.of()));

            assertThat(totals.take(unitA, Relation.TASK))
                    .as("T1, T2 and T3, as the snapshot holds them")
                    .hasValue(3L);
            assertThat(totals.take(unitA, Relation.TASK_EVENT))
                    .as("events 1 to 4")
                    .hasValue(4L);
            assertThat(totals.take(unitA, Relation.TASK)).as("taken once").isEmpty();
            assertThat(totals.take(unitB, Relation.TASK))
                    .as("a jdbc source's are asked after its read")
                    .isEmpty();
        }
        try (SourceSnapshots snapshots = new SourceSnapshots();
                CensusTotals totals = new CensusTotals(extract, snapshots)) {
            totals.beforeJob(run(Set.of("unit-a")));
            assertThat(totals.take(unitA, Relation.TASK))
                    .as("a source read whole has no census")
                    .isEmpty();
        }
    }

    private static SourceConfig source(ExtractConfig config, String id) {
        return config.sources().stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static void assertFiguresKept(ExtractConfig config, SourceConfig source, Relation relation) {
        assertThat(CensusFigures.of(new RelationDataset(config.lakeRoot(), relation, source.id())))
                .as("figures kept for %s of %s", relation.tableName(), source.id())
                .isPresent();
    }

    private static JobExecution run(Set<String> wholeReads) {
        return new JobExecution(
                1L,
                new JobInstance(1L, ExtractJobConfiguration.JOB_NAME),
                RunParameters.startingAt(Instant.now(), wholeReads).toJobParameters());
    }
}

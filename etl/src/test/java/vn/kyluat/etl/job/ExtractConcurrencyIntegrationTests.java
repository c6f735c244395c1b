package vn.kyluat.etl.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.infrastructure.item.Chunk;
import vn.kyluat.contract.JdbcUrls;
import vn.kyluat.contract.Relation;
import vn.kyluat.contract.WorkspaceLock;
import vn.kyluat.contract.manifest.RunManifest;
import vn.kyluat.etl.lake.RelationDataset;
import vn.kyluat.etl.support.Pipelines;
import vn.kyluat.etl.support.PostgresDatabases;
import vn.kyluat.etl.support.Province;
import vn.kyluat.etl.support.UnitDatabase;

/** Two extractions of one lake at once, with PostgreSQL unit systems and either job repository. */
class ExtractConcurrencyIntegrationTests {
    @TempDir
    Path dir;

    final PostgresDatabases postgres = new PostgresDatabases();

    /** Holds the first run inside its first chunk until the second run has been tried. */
    static final class PauseInFirstChunk implements ItemWriteListener<List<CheckedRow>> {
        final CountDownLatch writing = new CountDownLatch(1);
        final CountDownLatch proceed = new CountDownLatch(1);

        @Override
        public void beforeWrite(Chunk<? extends List<CheckedRow>> blocks) {
            writing.countDown();
            try {
                proceed.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @AfterEach
    void drop() {
        postgres.dropAll();
    }

    /** @param repository the job repository: in PostgreSQL, or the default H2 file beside the configuration */
    @ParameterizedTest
    @ValueSource(strings = {"postgres", "h2"})
    void aSecondRunOfTheSameLakeIsRefusedAtOnceAndTheFirstPublishesEverything(String repository) throws Exception {
        String registry = postgres.create("registry");
        String unit = postgres.create("unit_a");
        postgres.execute(registry, UnitDatabase.referenceSchema() + Province.REGISTRY);
        postgres.execute(unit, UnitDatabase.referenceSchema() + Province.UNIT);
        String jobRepository = repository.equals("h2")
                ? ""
                : "job_repository: {url: \"%s\", user: %s}\n"
                        .formatted(postgres.url(postgres.create("batch")), postgres.user());
        Path config = Pipelines.write(
                dir,
                jobRepository
                        + """
        sources:
          - {id: registry, type: postgres, registry: true, url: "%s", user: %s}
          - {id: unit-a, type: postgres, url: "%s", user: %s}
        """.formatted(postgres.url(registry), postgres.user(), postgres.url(unit), postgres.user()));
        PauseInFirstChunk pause = new PauseInFirstChunk();

        CompletableFuture<ExtractLauncher.Outcome> first =
                CompletableFuture.supplyAsync(() -> Pipelines.extract(config, pause));
        assertThat(pause.writing.await(60, TimeUnit.SECONDS)).isTrue();
        try {
            assertThatThrownBy(() -> Pipelines.extract(config))
                    .isInstanceOf(WorkspaceLock.HeldException.class)
                    .hasMessageContaining(dir.resolve("lake") + " is in use by extract --config " + config)
                    .hasMessageContaining("(pid " + ProcessHandle.current().pid() + " on ");
        } finally {
            pause.proceed.countDown();
        }

        assertThat(first.get(120, TimeUnit.SECONDS).manifest().status()).isEqualTo(RunManifest.COMPLETED);
        Path lake = dir.resolve("lake");
        assertThat(new RelationDataset(lake, Relation.TASK, "unit-a").currentRows())
                .extracting(r -> r[1])
                .containsExactly("T1", "T2", "T3");
        assertThat(new RelationDataset(lake, Relation.TASK_EVENT, "unit-a").currentRows())
                .hasSize(4);
        assertThat(new RelationDataset(lake, Relation.ORG_UNIT, "registry").currentRows())
                .hasSize(4);
        assertThat(Pipelines.extract(config).manifest().status()).isEqualTo(RunManifest.COMPLETED);
    }

    @Test
    void aRunKilledWithSigkillWhileHoldingTheLakeDoesNotBlockTheNext() throws Exception {
        String registry = postgres.create("registry");
        String unit = postgres.create("unit_a");
        postgres.execute(registry, UnitDatabase.referenceSchema() + Province.REGISTRY);
        postgres.execute(unit, UnitDatabase.referenceSchema() + Province.UNIT);
        Path config = Pipelines.write(
                dir, """
        sources:
          - {id: registry, type: postgres, registry: true, url: "%s", user: %s}
          - {id: unit-a, type: postgres, url: "%s", user: %s}
        """.formatted(postgres.url(registry), postgres.user(), postgres.url(unit), postgres.user()));
        Path lock = dir.resolve("lake").resolve(WorkspaceLock.FILE_NAME);
        Process killed = Pipelines.extractInItsOwnJvm(config)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            String holder = "(pid " + killed.pid() + " ";
            for (int i = 0;
                    i < 600 && !(Files.exists(lock) && Files.readString(lock).contains(holder));
                    i++) {
                Thread.sleep(50);
            }
            assertThat(lock).content().contains(holder);
        } finally {
            killed.destroyForcibly(); // SIGKILL, with the lake's lock held
        }
        assertThat(killed.waitFor(30, TimeUnit.SECONDS)).isTrue();

        RunManifest next = Pipelines.extract(config).manifest();

        assertThat(next.status()).isEqualTo(RunManifest.COMPLETED);
        assertThat(new RelationDataset(dir.resolve("lake"), Relation.TASK, "unit-a").currentRows())
                .hasSize(3);
    }

    /** Two lakes whose configurations sit in one folder share its default H2 job repository, which one JVM at a time may open. */
    @Test
    void aJobRepositoryInUseByAnotherProcessIsSaidPlainly() throws Exception {
        String unit = postgres.create("unit_a");
        postgres.execute(unit, UnitDatabase.referenceSchema() + Province.REGISTRY + Province.UNIT);
        String sources = """
        sources:
          - id: unit-a
            type: postgres
            registry: true
            url: "%s"
            user: %s
            relations:
              task: WITH pause AS (SELECT pg_sleep(20)) SELECT t.* FROM task t CROSS JOIN pause
        """.formatted(postgres.url(unit), postgres.user());
        Path slow = Pipelines.write(dir, "lake: lake-a\n" + sources);
        Path other = Files.writeString(dir.resolve("other.yaml"), "lake: lake-b\n" + sources);
        Process running = Pipelines.extractInItsOwnJvm(slow)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            Path lock = dir.resolve("lake-a").resolve(WorkspaceLock.FILE_NAME);
            for (int i = 0;
                    i < 600 && !(Files.exists(lock) && Files.readString(lock).contains("(pid " + running.pid() + " "));
                    i++) {
                Thread.sleep(50);
            }
            // The running extraction has opened its job repository once its task query waits on pg_sleep:
            // wait for that query, not for a fixed time (a loaded machine took longer than 3 s).
            String sleeping = "SELECT count(*) FROM pg_stat_activity WHERE query LIKE '%pg_sleep(20)%'"
                    + " AND pid <> pg_backend_pid()";
            for (int i = 0; i < 600 && postgres.queryLong(unit, sleeping) == 0; i++) {
                Thread.sleep(50);
            }
            assertThat(postgres.queryLong(unit, sleeping))
                    .as("the running extraction's task query")
                    .isPositive();

            assertThatThrownBy(() -> Pipelines.extract(other))
                    .hasMessage(
                            "the job repository "
                                    + JdbcUrls.redact("jdbc:h2:file:" + dir.resolve("batch/job-repository"))
                                    + ";DB_CLOSE_DELAY=-1 as sa"
                                    + " is in use by another extract run; wait for it to finish, or give each configuration its own job_repository");
        } finally {
            running.destroyForcibly();
        }
    }
}

package vn.kyluat.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.infrastructure.item.Chunk;
import vn.kyluat.contract.Relation;
import vn.kyluat.contract.manifest.RelationReport;
import vn.kyluat.contract.manifest.RunManifest;
import vn.kyluat.etl.lake.RelationDataset;
import vn.kyluat.etl.source.KeyBuckets;
import vn.kyluat.etl.support.MariaDatabases;
import vn.kyluat.etl.support.Pipelines;
import vn.kyluat.etl.support.PostgresDatabases;
import vn.kyluat.etl.support.Province;
import vn.kyluat.etl.support.UnitDatabase;

/**
 * The key census by bucket figures, on each engine it must run on (H2, PostgreSQL, MariaDB): the
 * database computes every bucket and checksum as Java does; an unchanged source costs no key read;
 * and neither an insertion nor a row the lake never held makes up for a deletion in the same bucket.
 */
class KeyBucketCensusIntegrationTests {
    @TempDir
    Path dir;

    final PostgresDatabases postgres = new PostgresDatabases();
    final MariaDatabases mariadb = new MariaDatabases();

    @AfterEach
    void drop() {
        postgres.dropAll();
        mariadb.dropAll();
    }

    enum Engine {
        H2,
        POSTGRES,
        MARIADB
    }

    /** A registry and a unit holding {@link Province#UNIT} (and {@code more}) on the engine; returns the configuration. */
    private Path province(Engine engine, String more) {
        String registryUrl;
        String unitUrl;
        String user;
        String type = "jdbc";
        switch (engine) {
            case H2 -> {
                UnitDatabase registry = UnitDatabase.create(dir, "registry");
                registry.execute(Province.REGISTRY);
                UnitDatabase unit = UnitDatabase.create(dir, "unit");
                unit.execute(Province.UNIT + more);
                registryUrl = registry.url();
                unitUrl = unit.url();
                user = "sa";
            }
            case POSTGRES -> {
                String registry = postgres.create("registry_buckets");
                postgres.execute(registry, UnitDatabase.referenceSchema() + Province.REGISTRY);
                String unit = postgres.create("unit_buckets");
                postgres.execute(unit, UnitDatabase.referenceSchema() + Province.UNIT + more);
                registryUrl = postgres.url(registry);
                unitUrl = postgres.url(unit);
                user = postgres.user();
                type = "postgres";
            }
            default -> {
                String schema = MariaDatabases.referenceSchema();
                String registry = mariadb.create("registry_buckets");
                mariadb.execute(registry, schema + Province.REGISTRY);
                String unit = mariadb.create("unit_buckets");
                mariadb.execute(unit, schema + local(Province.UNIT + more));
                registryUrl = mariadb.url(registry);
                unitUrl = mariadb.url(unit);
                user = mariadb.user();
            }
        }
        return Pipelines.write(dir, """
        sources:
          - {id: registry, type: jdbc, registry: true, url: "%s", user: %s}
          - {id: unit-a, type: %s, url: "%s", user: %s}
        """.formatted(registryUrl, user, type, unitUrl, user));
    }

    /** MariaDB's reference schema holds local times (+07:00) without zone. */
    private static String local(String script) {
        return script.replaceAll("TIMESTAMP WITH TIME ZONE '([^']*)\\+07:00'", "TIMESTAMP '$1'");
    }

    private void change(Engine engine, Path config, String script) {
        String sql = engine == Engine.MARIADB ? local(script) : script;
        String url = unitUrl(config);
        switch (engine) {
            case H2 -> new UnitDatabase(url).execute(sql);
            case POSTGRES -> postgres.execute(database(url), sql);
            default -> mariadb.execute(database(url), sql);
        }
    }

    private static String unitUrl(Path config) {
        try {
            String yaml = java.nio.file.Files.readString(config);
            String line =
                    yaml.lines().filter(l -> l.contains("unit-a")).findFirst().orElseThrow();
            return line.replaceAll(".*url: \"([^\"]*)\".*", "$1");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String database(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }

    /** A copy of task T1 under another code, updated at a local time of 2024. */
    private static String taskLike(String code, String priority, String updatedAt) {
        return "INSERT INTO task SELECT '" + code + "', title, origin_ref, lead_org_code, assignee_code,"
                + " assigned_by_org_code, assigned_at, due_date, '" + priority + "', authority, status, completed_at,"
                + " cancelled_at, TIMESTAMP WITH TIME ZONE '" + updatedAt
                + "+07:00' FROM task WHERE task_code = 'T1';\n";
    }

    private static String census(RunManifest manifest) {
        return manifest.sources().get(1).relations().stream()
                .filter(r -> r.relation().equals("task") || r.relation().equals("task_event"))
                .map(r -> r.relation() + ": deleted " + r.deleted() + ", keys read " + r.censusKeysRead())
                .reduce((a, b) -> a + "; " + b)
                .orElseThrow();
    }

    private List<Object> lakeKeys(Relation relation) {
        int key = relation.columnNames().indexOf(relation.keyColumn()) + 1;
        return new RelationDataset(dir.resolve("lake"), relation, "unit-a")
                .currentRows().stream().map(r -> r[key]).sorted().toList();
    }

    private static RunManifest completed(RunManifest manifest) {
        assertThat(manifest.status()).as(String.valueOf(manifest.sources())).isEqualTo(RunManifest.COMPLETED);
        assertThat(manifest.sources().get(1).relations())
                .extracting(RelationReport::status)
                .isSubsetOf("COMPLETED", RelationReport.NOT_KEPT);
        return manifest;
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aDeletionMadeUpForByAnInsertionInTheSameBucketIsFoundAndAnUnchangedSourceCostsNoKeyRead(Engine engine) {
        Path config = province(engine, "");
        completed(Pipelines.extract(config).manifest());
        // The first census of a version reads every key and leaves the figures for the next.
        assertThat(census(completed(Pipelines.extract(config).manifest())))
                .isEqualTo("task: deleted 0, keys read 3; task_event: deleted 0, keys read 4");
        assertThat(census(completed(Pipelines.extract(config).manifest())))
                .isEqualTo("task: deleted 0, keys read 0; task_event: deleted 0, keys read 0");

        // As many rows as were deleted, inserted in the same (single) bucket: the counts alone would agree.
        change(
                engine,
                config,
                "DELETE FROM task WHERE task_code = 'T3';\n" + taskLike("T9", "normal", "2024-10-01 08:00:00")
                        + "DELETE FROM task_event WHERE event_id = 1;\n"
                        + "INSERT INTO task_event SELECT 5, task_code, event_type, occurred_at, from_org_code,"
                        + " to_org_code, new_due_date, note FROM task_event WHERE event_id = 2;\n");
        RunManifest changed = completed(Pipelines.extract(config).manifest());

        assertThat(census(changed)).isEqualTo("task: deleted 1, keys read 3; task_event: deleted 1, keys read 4");
        assertThat(lakeKeys(Relation.TASK)).containsExactly("T1", "T2", "T9");
        assertThat(lakeKeys(Relation.TASK_EVENT)).containsExactly(2L, 3L, 4L, 5L);
        assertThat(census(completed(Pipelines.extract(config).manifest())))
                .isEqualTo("task: deleted 0, keys read 0; task_event: deleted 0, keys read 0");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aRowTheLakeNeverHeldDoesNotHideADeletionInItsBucket(Engine engine) {
        // T0 is rejected (its priority is no contract value) and stays in the source, outside every read window.
        Path config = province(engine, taskLike("T0", "xxx", "2024-06-01 08:00:00"));
        completed(Pipelines.extract(config).manifest());
        assertThat(census(completed(Pipelines.extract(config).manifest())))
                .isEqualTo("task: deleted 0, keys read 4; task_event: deleted 0, keys read 4");

        change(engine, config, "DELETE FROM task WHERE task_code = 'T1';\n");
        RunManifest changed = completed(Pipelines.extract(config).manifest());

        // The source holds as many tasks as the lake (T0, T2, T3 against T1, T2, T3): T1 is found all the same.
        assertThat(census(changed)).isEqualTo("task: deleted 1, keys read 3; task_event: deleted 0, keys read 0");
        assertThat(lakeKeys(Relation.TASK)).containsExactly("T2", "T3");
    }

    /**
     * Updated rows are in the kept figures already, so a run of updates reads no key; and a new row
     * under a published code, counted as an update, does not hide a deletion in its bucket.
     */
    @ParameterizedTest
    @EnumSource(Engine.class)
    void updatesCostNoKeyReadAndARowUnderAPublishedCodeDoesNotHideADeletion(Engine engine) {
        Path config = province(engine, "");
        completed(Pipelines.extract(config).manifest());
        completed(Pipelines.extract(config).manifest()); // the first census: figures for the next
        change(
                engine,
                config,
                "UPDATE task SET status = 'completed', completed_at = updated_at,"
                        + " updated_at = TIMESTAMP WITH TIME ZONE '2024-10-01 08:00:00+07:00'"
                        + " WHERE task_code IN ('T1', 'T3');\n");

        assertThat(census(completed(Pipelines.extract(config).manifest())))
                .isEqualTo("task: deleted 0, keys read 0; task_event: deleted 0, keys read 0");

        // One row more under T2 and one less (T3): the count alone would agree, and T2 reads as an update.
        change(
                engine,
                config,
                "DELETE FROM task WHERE task_code = 'T3';\n" + taskLike("T2", "normal", "2024-10-02 08:00:00"));
        RunManifest changed = completed(Pipelines.extract(config).manifest());

        assertThat(census(changed)).isEqualTo("task: deleted 1, keys read 2; task_event: deleted 0, keys read 0");
        assertThat(lakeKeys(Relation.TASK)).containsExactly("T1", "T2");
    }

    /** Deletes task T9 from the source as soon as its chunk is written: after the read, before the census. */
    final class DeleteT9AfterItsRead implements ItemWriteListener<List<CheckedRow>> {
        final Engine engine;
        final Path config;

        DeleteT9AfterItsRead(Engine engine, Path config) {
            this.engine = engine;
            this.config = config;
        }

        @Override
        public void afterWrite(Chunk<? extends List<CheckedRow>> blocks) {
            if (blocks.getItems().stream().flatMap(List::stream).anyMatch(r -> "T9".equals(r.values()[0]))) {
                change(engine, config, "DELETE FROM task WHERE task_code = 'T9';\n");
            }
        }
    }

    /**
     * A {@code jdbc} source's census sees the deletion at once: the row this run read and published is
     * kept in the figures, so the next census finds it missing. A {@code postgres} source's census runs
     * in the run's snapshot, which still holds T9: the deletion is the next run's, as any later commit.
     */
    @ParameterizedTest
    @CsvSource({
        "MARIADB, 'task: deleted 0, keys read 3; task_event: deleted 0, keys read 0'",
        "POSTGRES, 'task: deleted 0, keys read 0; task_event: deleted 0, keys read 0'"
    })
    void aRowReadAndDeletedBeforeItsCensusIsDroppedByTheNextRun(Engine engine, String firstCensus) {
        Path config = province(engine, "");
        completed(Pipelines.extract(config).manifest());
        completed(Pipelines.extract(config).manifest()); // the first census: figures for the next
        change(engine, config, taskLike("T9", "normal", "2024-10-01 08:00:00"));

        RunManifest read = completed(Pipelines.extract(config, new DeleteT9AfterItsRead(engine, config))
                .manifest());

        assertThat(census(read)).isEqualTo(firstCensus);
        assertThat(lakeKeys(Relation.TASK)).containsExactly("T1", "T2", "T3", "T9");
        assertThat(census(completed(Pipelines.extract(config).manifest())))
                .isEqualTo("task: deleted 1, keys read 3; task_event: deleted 0, keys read 0");
        assertThat(lakeKeys(Relation.TASK)).containsExactly("T1", "T2", "T3");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theDatabaseBucketsAndSumsKeysAsJavaDoes(Engine engine) throws SQLException {
        List<String> codes = List.of("T1", "CS004-CB02-T000123", "a", "ZZ~!", "x-9", "0000000000000000000099");
        List<Long> ids = List.of(1L, 4095L, 4096L, 4097L, 123_456_789_012L, -5L, 0L);
        Path config = province(engine, "");
        String url = unitUrl(config);
        String user = engine == Engine.H2 ? "sa" : engine == Engine.POSTGRES ? postgres.user() : mariadb.user();
        String password = engine == Engine.MARIADB ? System.getenv("MARIADB_PASSWORD") : System.getenv("PGPASSWORD");
        KeyBuckets byCode = KeyBuckets.codes(100_000, 4096);
        KeyBuckets byId = new KeyBuckets(KeyBuckets.Kind.IDS, 4096);
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE bucket_keys (code VARCHAR(40), id BIGINT)");
            for (int i = 0; i < Math.max(codes.size(), ids.size()); i++) {
                statement.execute(
                        "INSERT INTO bucket_keys VALUES (" + (i < codes.size() ? "'" + codes.get(i) + "'" : "NULL")
                                + ", " + (i < ids.size() ? ids.get(i) : "NULL") + ")");
            }
            List<String> database = new ArrayList<>();
            List<String> java = new ArrayList<>();
            compare(statement, byCode, "code", database, java);
            compare(statement, byId, "id", database, java);
            assertThat(database).hasSize(codes.size() + ids.size()).containsExactlyElementsOf(java);
        }
        assertThat(byCode.bucketOf("Khẩn-01")).isEmpty();
        assertThat(byCode.bucketOf("T 1")).isEmpty();
        assertThat(byCode.bucketOf("")).isEmpty();
    }

    /** Each key of the column with its bucket and checksum as the database computes them, and as Java does. */
    private static void compare(
            Statement statement, KeyBuckets buckets, String column, List<String> database, List<String> java)
            throws SQLException {
        String key = "s." + column;
        try (ResultSet rows = statement.executeQuery("SELECT " + key + ", " + buckets.bucketSql(key) + ", "
                + buckets.checksumSql(key) + " FROM bucket_keys s WHERE " + key + " IS NOT NULL")) {
            while (rows.next()) {
                Object value = rows.getObject(1) instanceof Number n ? (Object) n.longValue() : rows.getString(1);
                database.add(value + " " + rows.getLong(2) + " " + rows.getLong(3));
                java.add(value + " " + value(buckets.bucketOf(value)) + " " + value(buckets.checksum(value)));
            }
        }
    }

    private static String value(OptionalLong value) {
        return value.isPresent() ? Long.toString(value.getAsLong()) : "none";
    }
}

package vn.kyluat.analytics.lake;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import vn.kyluat.contract.CurrentVersion;
import vn.kyluat.contract.LakeLayout;
import vn.kyluat.contract.Relation;

/** Writes a lake the way the etl stage does (LakeLayout), with Spark, for tests. */
public final class TestLake {
    private final SparkSession spark;
    private final HadoopFiles files;
    private final String root;

    public TestLake(SparkSession spark, String root) {
        this.spark = spark;
        this.files = new HadoopFiles(spark.sparkContext().hadoopConfiguration());
        this.root = root;
    }

    public String root() {
        return root;
    }

    /** Writes and publishes a version of a source's relation; each row holds the relation's columns. */
    public TestLake publish(Relation relation, String sourceId, String version, List<Object[]> rows) {
        writeVersion(relation, sourceId, version, rows);
        pointTo(relation, sourceId, version, rows.size());
        return this;
    }

    /** Writes a version's Parquet files, {@code source_id} first, without publishing it. */
    public TestLake writeVersion(Relation relation, String sourceId, String version, List<Object[]> rows) {
        List<Row> withSource = new ArrayList<>();
        for (Object[] row : rows) {
            Object[] values = new Object[row.length + 1];
            values[0] = sourceId;
            System.arraycopy(row, 0, values, 1, row.length);
            withSource.add(RowFactory.create(values));
        }
        spark.createDataFrame(withSource, LakeSchema.of(relation))
                .coalesce(1)
                .write()
                .parquet(LakeLayout.versionDir(root, relation, sourceId, version));
        return this;
    }

    public TestLake pointTo(Relation relation, String sourceId, String version, long rows) {
        writeText(
                LakeLayout.currentPointer(root, relation, sourceId),
                new CurrentVersion(version, "run-" + version, null, rows).format());
        return this;
    }

    public TestLake manifest(String runId, String json) {
        writeText(LakeLayout.manifest(root, runId), json);
        return this;
    }

    public TestLake rejects(String runId, String sourceId, Relation relation, List<Object[]> rows) {
        StructType schema = LakeSchema.rejects();
        List<Row> typed = rows.stream().map(RowFactory::create).toList();
        spark.createDataFrame(typed, schema)
                .coalesce(1)
                .write()
                .parquet(LakeLayout.rejectsDir(root, runId, sourceId, relation));
        return this;
    }

    public void writeText(String file, String text) {
        try (OutputStream out = files.create(file)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A task row in the contract's column order; the fields a test does not care about get plain values. */
    public static Object[] task(String code, String lead, Instant assignedAt, LocalDate due, Instant updatedAt) {
        return new Object[] {
            code,
            "Task " + code,
            null,
            lead,
            null,
            "ORG-ROOT",
            assignedAt,
            due,
            "normal",
            "within",
            "open",
            null,
            null,
            updatedAt
        };
    }

    /** An org_unit row in the contract's column order. */
    public static Object[] org(String code, String name, String parent, String kind) {
        return new Object[] {code, name, parent, kind, LocalDate.of(2020, 1, 1), null, null};
    }

    /** A task_event row in the contract's column order. */
    public static Object[] event(long id, String task, String type, Instant at, String from, String to) {
        return new Object[] {id, task, type, at, from, to, null, null};
    }

    /** A reject row: run_id, source_id, relation, record_key, rule, detail, raw_values, rejected_at. */
    public static Object[] reject(String runId, String sourceId, String relation, String key, String rule, Instant at) {
        return new Object[] {runId, sourceId, relation, key, rule, rule + " detail", "{\"key\":\"" + key + "\"}", at};
    }

    public static List<Object[]> rows(Object[]... rows) {
        return Arrays.asList(rows);
    }
}

package vn.kyluat.analytics.lake;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import vn.kyluat.contract.CurrentVersion;
import vn.kyluat.contract.LakeLayout;
import vn.kyluat.contract.Relation;
import vn.kyluat.contract.manifest.RunManifest;

/**
 * Reads the published lake (layout of {@link LakeLayout}): for each relation and source, only the
 * version its {@code _current} pointer names, so a half-written version is never seen.
 */
public final class LakeReader {
    private final SparkSession spark;
    private final HadoopFiles files;
    private final String lakeRoot;

    public LakeReader(SparkSession spark, String lakeRoot) {
        this.spark = spark;
        this.files = new HadoopFiles(spark.sparkContext().hadoopConfiguration());
        this.lakeRoot = HadoopFiles.qualify(lakeRoot);
    }

    /**
     * The one test of whether there is a lake at all, made here before reading it and by {@code
     * analyze} on a local lake before Spark starts: a folder at {@code lakeRoot} (an empty one is a
     * lake whose relations no source delivered yet).
     */
    public static void requireLake(HadoopFiles files, String lakeRoot) {
        String root = HadoopFiles.qualify(lakeRoot);
        if (!files.isFolder(root)) {
            throw new LakeContractException("there is no lake at " + root + " (the extract stage writes it)");
        }
    }

    /** Every relation, its sources' published versions unioned; a relation without source is empty. */
    public LakeTables tables() {
        requireLake(files, lakeRoot);
        Map<Relation, Dataset<Row>> tables = new EnumMap<>(Relation.class);
        for (Relation relation : Relation.values()) {
            tables.put(relation, relation(relation));
        }
        return new LakeTables(tables);
    }

    /** The published versions of one relation, as {@link LakeSchema#of(Relation)}. */
    public Dataset<Row> relation(Relation relation) {
        List<Dataset<Row>> versions = new ArrayList<>();
        for (String folder : files.folders(LakeLayout.relationDir(lakeRoot, relation))) {
            if (folder.startsWith(LakeLayout.SOURCE_DIR_PREFIX)) {
                String sourceId = LakeLayout.sourceIdOf(folder);
                // No pointer yet: the source's first load has not been published.
                files.readText(LakeLayout.currentPointer(lakeRoot, relation, sourceId))
                        .ifPresent(pointer ->
                                versions.add(publishedVersion(relation, sourceId, CurrentVersion.parse(pointer))));
            }
        }
        return versions.stream().reduce(Dataset::unionByName).orElseGet(() -> emptyOf(LakeSchema.of(relation)));
    }

    /** The runs that finished (wrote their manifest), in order of start. */
    public List<RunManifest> runs() {
        List<RunManifest> runs = new ArrayList<>();
        for (String runId : files.folders(LakeLayout.runsDir(lakeRoot))) {
            String manifest = LakeLayout.manifest(lakeRoot, runId);
            files.readText(manifest).ifPresent(json -> runs.add(manifest(manifest, json)));
        }
        runs.sort(Comparator.comparing(RunManifest::started).thenComparing(RunManifest::runId));
        return runs;
    }

    /** The manifest at {@code location}, read with the record etl writes it with; a broken one breaks the lake's contract. */
    static RunManifest manifest(String location, String json) {
        try {
            return RunManifest.parse(location, json);
        } catch (IllegalArgumentException e) {
            throw new LakeContractException(e.getMessage());
        }
    }

    /**
     * The rejected records of the given runs, as {@link LakeSchema#rejects()}. Runs without a manifest
     * are never read: a killed run may have left a Parquet file without its footer.
     */
    public Dataset<Row> rejects(Set<String> runIds) {
        List<String> dirs = new ArrayList<>();
        String root = LakeLayout.rejectsDir(lakeRoot);
        for (String runId : files.folders(root)) {
            if (runIds.contains(runId)) {
                for (String source : files.folders(root + "/" + runId)) {
                    for (String relation : files.folders(root + "/" + runId + "/" + source)) {
                        dirs.add(root + "/" + runId + "/" + source + "/" + relation);
                    }
                }
            }
        }
        if (dirs.isEmpty()) {
            return emptyOf(LakeSchema.rejects());
        }
        return spark.read()
                .schema(LakeSchema.rejects())
                .option("pathGlobFilter", "*.parquet")
                .parquet(dirs.toArray(String[]::new));
    }

    private Dataset<Row> publishedVersion(Relation relation, String sourceId, CurrentVersion current) {
        String dir = LakeLayout.versionDir(lakeRoot, relation, sourceId, current.version());
        if (!files.exists(dir)) {
            throw new LakeContractException(LakeLayout.currentPointer(lakeRoot, relation, sourceId) + " names version '"
                    + current.version() + "', which does not exist");
        }
        List<String> parquetFiles = files.files(dir).stream()
                .filter(name -> name.endsWith(".parquet") && !name.startsWith("_") && !name.startsWith("."))
                .toList();
        if (parquetFiles.isEmpty()) {
            return emptyOf(LakeSchema.of(relation));
        }
        // The footer of one file tells the columns without a Spark job (schema inference would run one).
        checkColumns(dir, relation, ParquetFooter.columnNames(files.configuration(), dir + "/" + parquetFiles.get(0)));
        return spark.read()
                .schema(fileSchema(relation))
                .option("pathGlobFilter", "*.parquet")
                .parquet(dir)
                .select(contractColumns(relation, sourceId));
    }

    private static void checkColumns(String dir, Relation relation, List<String> present) {
        List<String> missing = relation.columnNames().stream()
                .filter(c -> !present.contains(c))
                .toList();
        if (!missing.isEmpty()) {
            throw new LakeContractException(dir + ": " + relation.tableName() + " lacks the column(s) " + missing
                    + " of the contract; it has " + present);
        }
    }

    /** The relation's columns as the files store them (source_id is taken from the folder instead). */
    private static StructType fileSchema(Relation relation) {
        return new StructType(Arrays.stream(LakeSchema.of(relation).fields())
                .filter(f -> !f.name().equals(Relation.SOURCE_ID))
                .toArray(StructField[]::new));
    }

    /** source_id from the folder (authoritative), then the relation's columns in the contract's order. */
    private static Column[] contractColumns(Relation relation, String sourceId) {
        List<Column> columns = new ArrayList<>();
        columns.add(lit(sourceId).as(Relation.SOURCE_ID));
        relation.columnNames().forEach(name -> columns.add(col(name)));
        return columns.toArray(Column[]::new);
    }

    private Dataset<Row> emptyOf(StructType schema) {
        return spark.createDataFrame(List.of(), schema);
    }
}

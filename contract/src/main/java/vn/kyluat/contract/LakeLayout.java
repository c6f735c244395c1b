package vn.kyluat.contract;

/**
 * Where things live in the lake, as paths joined with {@code /} under a root that may be a local
 * folder or any Hadoop file-system URI. The etl stage writes this layout; analytics reads it.
 *
 * <pre>
 * lake/
 *   task/source=unit-a/_current              pointer to the published version ({@link CurrentVersion})
 *   task/source=unit-a/v-&lt;run-id&gt;/part-*.parquet   the relation's columns, {@code source_id} first
 *   _rejects/&lt;run-id&gt;/&lt;source-id&gt;/&lt;relation&gt;/part-*.parquet   {@link #REJECT_COLUMNS}
 *   _runs/&lt;run-id&gt;/manifest.json             written last; a run without one did not finish
 * </pre>
 *
 * A reader lists {@code source=*} folders, reads each {@code _current} and reads only the version
 * it names, so it never sees a half-written dataset and a killed run leaves the last one intact.
 */
public final class LakeLayout {
    public static final String CURRENT_POINTER = "_current";
    public static final String SOURCE_DIR_PREFIX = "source=";
    public static final String VERSION_DIR_PREFIX = "v-";
    public static final String REJECTS_DIR = "_rejects";
    public static final String RUNS_DIR = "_runs";
    public static final String MANIFEST_FILE = "manifest.json";

    // The rejects dataset's own columns ({@link #REJECT_COLUMNS}).
    public static final String RUN_ID = "run_id";
    public static final String RELATION = "relation";
    public static final String RECORD_KEY = "record_key";
    public static final String RULE = "rule";
    public static final String DETAIL = "detail";
    public static final String RAW_VALUES = "raw_values";
    public static final String REJECTED_AT = "rejected_at";

    /**
     * Columns of the rejects dataset: raw_values is a JSON object of the record's fields as read
     * (strings, before any conversion), rejected_at a UTC instant.
     */
    public static final java.util.List<String> REJECT_COLUMNS =
            java.util.List.of(RUN_ID, Relation.SOURCE_ID, RELATION, RECORD_KEY, RULE, DETAIL, RAW_VALUES, REJECTED_AT);

    private LakeLayout() {}

    public static String relationDir(String lakeRoot, Relation relation) {
        return lakeRoot + "/" + relation.tableName();
    }

    public static String sourceDir(String lakeRoot, Relation relation, String sourceId) {
        return relationDir(lakeRoot, relation) + "/" + SOURCE_DIR_PREFIX + sourceId;
    }

    public static String currentPointer(String lakeRoot, Relation relation, String sourceId) {
        return sourceDir(lakeRoot, relation, sourceId) + "/" + CURRENT_POINTER;
    }

    public static String versionDir(String lakeRoot, Relation relation, String sourceId, String version) {
        return sourceDir(lakeRoot, relation, sourceId) + "/" + version;
    }

    public static String rejectsDir(String lakeRoot) {
        return lakeRoot + "/" + REJECTS_DIR;
    }

    public static String rejectsDir(String lakeRoot, String runId, String sourceId, Relation relation) {
        return rejectsDir(lakeRoot) + "/" + runId + "/" + sourceId + "/" + relation.tableName();
    }

    public static String runsDir(String lakeRoot) {
        return lakeRoot + "/" + RUNS_DIR;
    }

    public static String manifest(String lakeRoot, String runId) {
        return runsDir(lakeRoot) + "/" + runId + "/" + MANIFEST_FILE;
    }

    /** The source id from a {@code source=<id>} folder name. */
    public static String sourceIdOf(String sourceDirName) {
        if (!sourceDirName.startsWith(SOURCE_DIR_PREFIX)) {
            throw new IllegalArgumentException("not a source folder: " + sourceDirName);
        }
        return sourceDirName.substring(SOURCE_DIR_PREFIX.length());
    }
}

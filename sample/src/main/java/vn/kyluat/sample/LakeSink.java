package vn.kyluat.sample;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.kyluat.contract.CurrentVersion;
import vn.kyluat.contract.Relation;
import vn.kyluat.etl.lake.LakeSchemas;
import vn.kyluat.etl.lake.ParquetFiles;
import vn.kyluat.etl.lake.PartFiles;
import vn.kyluat.etl.lake.RelationDataset;

/**
 * Writes a unit straight into the lake, as a whole reload by extraction would publish it: one
 * version per relation, in parts of {@link #PART_ROWS} rows, then its {@code _current} pointer.
 * For benchmarks of the later stages: it skips the unit systems and extraction, so it takes
 * clean rows only (no {@link PlantedBadValue} value).
 */
final class LakeSink implements UnitSink {
    static final String RUN_ID = "generated";
    static final int PART_ROWS = 250_000;
    private final Path lakeRoot;
    private final String sourceId;
    private final Map<Relation, List<Object[]>> pending = new EnumMap<>(Relation.class);
    private final Map<Relation, Long> written = new EnumMap<>(Relation.class);

    LakeSink(Path lakeRoot, String sourceId) {
        this.lakeRoot = lakeRoot;
        this.sourceId = sourceId;
    }

    @Override
    public void write(GeneratedRow row) {
        List<Object[]> rows = pending.computeIfAbsent(row.relation(), r -> new ArrayList<>(PART_ROWS));
        rows.add(row.values());
        if (rows.size() == PART_ROWS) {
            flush(row.relation());
        }
    }

    private void flush(Relation relation) {
        List<Object[]> rows = pending.get(relation);
        long offset = written.getOrDefault(relation, 0L);
        RelationDataset dataset = dataset(relation);
        ParquetFiles.write(
                dataset.versionDir(RelationDataset.versionOf(RUN_ID)).resolve(PartFiles.chunkPart(RUN_ID, offset)),
                LakeSchemas.relation(relation),
                LakeSchemas.relationTypes(relation),
                sourceId,
                rows);
        written.put(relation, offset + rows.size());
        rows.clear();
    }

    private RelationDataset dataset(Relation relation) {
        return new RelationDataset(lakeRoot, relation, sourceId);
    }

    @Override
    public String location() {
        return lakeRoot.resolve("*").resolve("source=" + sourceId).toString();
    }

    @Override
    public void close() {
        for (Relation relation : pending.keySet()) {
            if (!pending.get(relation).isEmpty()) {
                flush(relation);
            }
            dataset(relation)
                    .publish(
                            new CurrentVersion(RelationDataset.versionOf(RUN_ID), RUN_ID, null, written.get(relation)));
        }
    }
}

package vn.kyluat.etl.lake;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.kyluat.contract.CurrentVersion;
import vn.kyluat.contract.Relation;

/**
 * Turns the chunk parts a run wrote into the published version of a dataset.
 *
 * <ul>
 *   <li>A whole reload is the new version, unless it is byte for byte the current one: then the
 *       lake is left as it was.
 *   <li>An incremental read of an append-only relation (events: the watermark is the key) links the
 *       current parts and adds the new ones.
 *   <li>An incremental read of updatable rows (tasks) keeps the current rows whose key did not
 *       change (linking untouched parts, rewriting parts that hold changed keys) and adds the new rows.
 *   <li>Either incremental read also leaves out the current rows whose key was deleted in the source
 *       (rewriting the parts that hold them).
 * </ul>
 *
 * Publishing is repeatable: a second attempt of the same run starts again from its chunk parts.
 */
public final class VersionPublisher {
    private final RelationDataset dataset;
    private final String runId;
    private final String writeId;

    /** @param writeId names the version and the parts the run's step wrote (the run id, unless that version was published already) */
    public VersionPublisher(RelationDataset dataset, String runId, String writeId) {
        this.dataset = dataset;
        this.runId = runId;
        this.writeId = writeId;
    }

    /**
     * @param incremental whether the run read only rows past the current watermark
     * @param watermarkAfter the watermark the new version is complete up to (null: none)
     * @param acceptedRows rows in this run's chunk parts
     * @param deletedKeys keys of the current version deleted in the source (incremental reads only)
     */
    public Publication publish(boolean incremental, String watermarkAfter, long acceptedRows, Set<Object> deletedKeys) {
        String version = RelationDataset.versionOf(writeId);
        Path dir = dataset.versionDir(version);
        Optional<CurrentVersion> previous = dataset.current();
        if (previous.isPresent() && previous.get().version().equals(version)) {
            // Published already, by an attempt that stopped before it could record so.
            return new Publication(version, previous.get().rows(), true);
        }
        List<Path> chunks = chunkParts(dir);
        Publication publication = incremental && previous.isPresent()
                ? merge(previous.get(), version, chunks, watermarkAfter, acceptedRows, deletedKeys)
                : replace(previous, version, chunks, watermarkAfter, acceptedRows);
        if (publication.changed()) {
            // Keep the version just replaced for readers still on it; older ones go.
            List<String> kept = new ArrayList<>(List.of(publication.version()));
            previous.ifPresent(p -> kept.add(p.version()));
            dataset.removeVersionsExcept(kept);
        }
        return publication;
    }

    private Publication replace(
            Optional<CurrentVersion> previous, String version, List<Path> chunks, String watermarkAfter, long rows) {
        if (chunks.isEmpty()) {
            chunks = List.of(emptyPart(version));
        }
        if (previous.isPresent()
                && previous.get().rows() == rows
                && PartFiles.sameBytes(dataset.parts(previous.get().version()), chunks)) {
            return unchanged(previous.get());
        }
        dataset.publish(new CurrentVersion(version, runId, watermarkAfter, rows));
        return new Publication(version, rows, true);
    }

    /** An empty version still carries the schema, so readers see an empty dataset, not a missing one. */
    private Path emptyPart(String version) {
        Path empty = dataset.versionDir(version).resolve(PartFiles.chunkPart(writeId, 0));
        ParquetFiles.write(
                empty,
                LakeSchemas.relation(dataset.relation()),
                LakeSchemas.relationTypes(dataset.relation()),
                dataset.sourceId(),
                List.of());
        return empty;
    }

    private Publication merge(
            CurrentVersion previous,
            String version,
            List<Path> chunks,
            String watermarkAfter,
            long acceptedRows,
            Set<Object> deletedKeys) {
        if (chunks.isEmpty() && deletedKeys.isEmpty()) {
            if (!Objects.equals(watermarkAfter, previous.watermark()) && watermarkAfter != null) {
                // Rows were read but none accepted: same data, complete up to a later watermark.
                dataset.publish(
                        new CurrentVersion(previous.version(), previous.runId(), watermarkAfter, previous.rows()));
            }
            return unchanged(previous);
        }
        Path dir = dataset.versionDir(version);
        Set<Object> dropped = new HashSet<>(deletedKeys);
        if (!appendOnly()) {
            dropped.addAll(changedKeys(chunks)); // an update replaces its key's current row
        }
        long kept = dropped.isEmpty() ? linkAll(previous, dir) : keepUnchangedKeys(previous, dir, dropped);
        long rows = kept + acceptedRows;
        if (rows == 0) {
            emptyPart(version);
        }
        dataset.publish(new CurrentVersion(version, runId, watermarkAfter, rows));
        return new Publication(version, rows, true);
    }

    private boolean appendOnly() {
        Relation relation = dataset.relation();
        return relation.watermarkColumn().map(relation.keyColumn()::equals).orElse(false);
    }

    private long linkAll(CurrentVersion previous, Path dir) {
        for (Path part : dataset.parts(previous.version())) {
            PartFiles.link(part, dir.resolve(part.getFileName()));
        }
        return previous.rows();
    }

    private Set<Object> changedKeys(List<Path> chunks) {
        Set<Object> keys = new HashSet<>();
        for (Path chunk : chunks) {
            keys.addAll(ParquetFiles.column(chunk, dataset.relation().keyColumn()));
        }
        return keys;
    }

    private long keepUnchangedKeys(CurrentVersion previous, Path dir, Set<Object> changed) {
        int keyField =
                dataset.relation().columnNames().indexOf(dataset.relation().keyColumn()) + 1;
        long kept = 0;
        int rewritten = 0;
        for (Path part : dataset.parts(previous.version())) {
            Set<Object> keys = ParquetFiles.column(part, dataset.relation().keyColumn());
            if (keys.stream().noneMatch(changed::contains)) {
                PartFiles.link(part, dir.resolve(part.getFileName()));
                kept += keys.size();
                continue;
            }
            List<Object[]> unchanged = new ArrayList<>();
            for (Object[] row : ParquetFiles.read(part)) {
                if (!changed.contains(row[keyField])) {
                    unchanged.add(Arrays.copyOfRange(row, 1, row.length));
                }
            }
            if (!unchanged.isEmpty()) {
                ParquetFiles.write(
                        dir.resolve(PartFiles.mergedPart(writeId, rewritten++)),
                        LakeSchemas.relation(dataset.relation()),
                        LakeSchemas.relationTypes(dataset.relation()),
                        dataset.sourceId(),
                        unchanged);
            }
            kept += unchanged.size();
        }
        return kept;
    }

    private Publication unchanged(CurrentVersion previous) {
        PartFiles.deleteTree(dataset.versionDir(RelationDataset.versionOf(writeId)));
        return new Publication(previous.version(), previous.rows(), false);
    }

    /** This run's chunk parts; anything else in its folder is left from an interrupted publish. */
    private List<Path> chunkParts(Path dir) {
        List<Path> chunks = new ArrayList<>();
        for (Path file : PartFiles.list(dir, p -> true)) {
            if (PartFiles.chunkOffset(writeId, file.getFileName().toString()) >= 0) {
                chunks.add(file);
            } else {
                PartFiles.delete(file);
            }
        }
        return chunks;
    }
}

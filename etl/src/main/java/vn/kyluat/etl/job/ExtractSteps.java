package vn.kyluat.etl.job;

import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import vn.kyluat.contract.Relation;
import vn.kyluat.etl.config.SourceConfig;
import vn.kyluat.etl.source.CsvRelationFile;

/**
 * Which relations each source loads, in which phase and order, and the names of their steps.
 * The registry (org_unit, staff) loads first, so every other relation is checked against it; a
 * source's tasks load before its events, which must refer to them.
 */
final class ExtractSteps {
    static final List<Relation> REGISTRY_PHASE = List.of(Relation.ORG_UNIT, Relation.STAFF);
    static final List<Relation> UNIT_PHASE =
            List.of(Relation.TASK, Relation.TASK_EVENT, Relation.DISCIPLINE_ACTION, Relation.INSPECTION_FINDING);

    private ExtractSteps() {}

    /**
     * The relations of a phase this source delivers and keeps ({@code keeps:}); a CSV unit without a
     * relation's file does not keep it either.
     */
    static List<Relation> relations(SourceConfig source, List<Relation> phase) {
        return phase.stream()
                .filter(source::delivers)
                .filter(r -> keeps(source, r))
                .toList();
    }

    /** The relations the source could deliver but does not keep: read as empty, nothing published. */
    static List<Relation> notKept(SourceConfig source) {
        return Stream.concat(REGISTRY_PHASE.stream(), UNIT_PHASE.stream())
                .filter(source::delivers)
                .filter(r -> !keeps(source, r))
                .toList();
    }

    /** Every relation the source loads, in load order. */
    static List<Relation> relations(SourceConfig source) {
        return Stream.concat(relations(source, REGISTRY_PHASE).stream(), relations(source, UNIT_PHASE).stream())
                .toList();
    }

    /** Whether the relation is the last the source loads: after it, the run reads nothing more from the source. */
    static boolean isLast(SourceConfig source, Relation relation) {
        List<Relation> all = relations(source);
        return !all.isEmpty() && all.get(all.size() - 1) == relation;
    }

    private static boolean keeps(SourceConfig source, Relation relation) {
        // A missing folder is a failure the source's steps report; a missing file is a relation not kept.
        return source.keeps(relation)
                && (source.type().isJdbc()
                        || !Files.isDirectory(source.csvFolder())
                        || Files.exists(CsvRelationFile.of(source.csvFolder(), relation)));
    }

    static String extract(SourceConfig source, Relation relation) {
        return source.id() + "." + relation.tableName();
    }

    static String publish(SourceConfig source, Relation relation) {
        return extract(source, relation) + ".publish";
    }
}

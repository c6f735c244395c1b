package vn.kyluat.etl.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.kyluat.contract.Relation;

/**
 * One unit system of the configuration.
 *
 * @param jdbc the database of a {@code postgres} or {@code jdbc} source; null for CSV
 * @param csvFolder the folder of {@code <relation>.csv} files of a CSV source; null otherwise
 * @param relationSql per-relation SQL replacing the reference mapping
 * @param keeps the relations the unit holds ({@code keeps:}); every one it may deliver when not declared
 * @param lines where the source, and each relation's SQL, stand in the configuration
 * @param csv how a CSV source's files are written
 */
public record SourceConfig(
        String id,
        SourceType type,
        boolean registry,
        JdbcTarget jdbc,
        Path csvFolder,
        Map<Relation, String> relationSql,
        Set<Relation> keeps,
        ConfigLines lines,
        CsvOptions csv) {

    public SourceConfig {
        relationSql = Map.copyOf(relationSql);
        keeps = Set.copyOf(keeps);
    }

    public Optional<String> sqlOverride(Relation relation) {
        return Optional.ofNullable(relationSql.get(relation));
    }

    /** Whether this source may deliver the relation: registry relations come from registry sources only. */
    public boolean delivers(Relation relation) {
        return registry || !relation.registryOnly();
    }

    /** Whether the unit holds the relation at all; one it does not keep is read as empty. */
    public boolean keeps(Relation relation) {
        return keeps.contains(relation);
    }
}

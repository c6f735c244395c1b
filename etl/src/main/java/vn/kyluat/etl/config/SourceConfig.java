package vn.kyluat.etl.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import vn.kyluat.contract.Relation;

/**
 * One unit system of the configuration.
 *
 * @param jdbc the database of a {@code postgres} or {@code jdbc} source; null for CSV
 * @param csvFolder the folder of {@code <relation>.csv} files of a CSV source; null otherwise
 * @param relationSql per-relation SQL replacing the reference mapping
 */
public record SourceConfig(
    String id, SourceType type, boolean registry, JdbcTarget jdbc, Path csvFolder, Map<Relation, String> relationSql) {

  public SourceConfig {
    relationSql = Map.copyOf(relationSql);
  }

  public Optional<String> sqlOverride(Relation relation) {
    return Optional.ofNullable(relationSql.get(relation));
  }

  /** Whether this source may deliver the relation: registry relations come from registry sources only. */
  public boolean delivers(Relation relation) {
    return registry || !relation.registryOnly();
  }
}

package vn.kyluat.etl.source;

import vn.kyluat.contract.Relation;
import vn.kyluat.etl.config.SourceConfig;

/**
 * The SQL that reads a relation from a JDBC source: the source's own mapping, or the reference
 * mapping ({@code SELECT <contract columns> FROM <relation>}), wrapped with the watermark filter
 * and the order that keeps duplicates of a key next to each other, the one to keep first.
 */
public final class RelationQueries {
  private RelationQueries() {}

  public static String mapping(SourceConfig source, Relation relation) {
    return source.sqlOverride(relation)
        .orElseGet(() -> "SELECT " + String.join(", ", relation.columnNames()) + " FROM " + relation.tableName());
  }

  /**
   * Incremental reads take rows past the watermark (one {@code ?} parameter); whole reloads take
   * every row. Rows come by key, then latest watermark first, so the first row of a key is the one kept.
   */
  public static String extraction(String mapping, Relation relation, boolean incremental) {
    String where = incremental ? " WHERE " + relation.watermarkColumn().orElseThrow() + " > ?" : "";
    return "SELECT * FROM (" + mapping + ") s" + where + " ORDER BY " + orderBy(relation);
  }

  /** Census of the organisation codes a registry delivers. */
  public static String orgCodes(String orgUnitMapping) {
    return "SELECT org_code FROM (" + orgUnitMapping + ") s";
  }

  static String orderBy(Relation relation) {
    String key = relation.keyColumn();
    return relation.watermarkColumn()
        .filter(w -> !w.equals(key))
        .map(w -> key + ", " + w + " DESC NULLS LAST")
        .orElse(key);
  }
}

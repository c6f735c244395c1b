package vn.kyluat.etl.source;

import org.springframework.batch.infrastructure.item.ItemStreamException;
import vn.kyluat.contract.Relation;
import vn.kyluat.etl.config.JdbcTarget;

/** A source that cannot be reached or read; the message names the source and what went wrong. */
public class SourceUnavailableException extends ItemStreamException {
  public SourceUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  /** A relation that could not be read: the source, what happened, the table and the database. */
  static SourceUnavailableException reading(String sourceId, String what, Relation relation, JdbcTarget target,
      Exception cause) {
    return new SourceUnavailableException("source " + sourceId + ": " + what + " " + relation.tableName() + " from "
        + target.shownUrl() + ": " + SourceConnections.rootMessage(cause), cause);
  }
}

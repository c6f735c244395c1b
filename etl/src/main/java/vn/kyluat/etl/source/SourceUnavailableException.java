package vn.kyluat.etl.source;

import org.springframework.batch.infrastructure.item.ItemStreamException;

/** A source that cannot be reached or read; the message names the source and what went wrong. */
public class SourceUnavailableException extends ItemStreamException {
  public SourceUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}

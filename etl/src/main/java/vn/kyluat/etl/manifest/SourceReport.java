package vn.kyluat.etl.manifest;

import java.util.List;

/** What the run did with one source; {@code error} says why it failed. */
public record SourceReport(String sourceId, String type, String status, String error, List<RelationReport> relations) {
  public static final String COMPLETED = "COMPLETED";
  public static final String FAILED = "FAILED";

  public SourceReport {
    relations = List.copyOf(relations);
  }

  public boolean completed() {
    return COMPLETED.equals(status);
  }
}

package vn.kyluat.etl.manifest;

import java.util.Map;
import java.util.TreeMap;

/** What the run did with one relation of one source. read = accepted + rejected, always. */
public record RelationReport(
    String relation,
    String status,
    String mode,
    String watermarkBefore,
    String watermarkAfter,
    long read,
    long accepted,
    long rejected,
    Map<String, Long> rejectedByRule,
    String version,
    double seconds) {

  public RelationReport {
    rejectedByRule = new TreeMap<>(rejectedByRule);
    if (read != accepted + rejected) {
      throw new IllegalStateException(
          relation + ": read " + read + " rows but accepted " + accepted + " and rejected " + rejected);
    }
  }
}

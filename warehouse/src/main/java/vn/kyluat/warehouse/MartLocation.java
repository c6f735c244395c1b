package vn.kyluat.warehouse;

import vn.kyluat.contract.Mart;

/**
 * Where the warehouse finds a mart's Parquet dataset under the marts root. The one place that knows
 * the marts' folder layout, so that a change of layout (a set of marts behind a pointer) is made here.
 */
final class MartLocation {
  private MartLocation() {}

  /** The folder holding the mart's Parquet files (partition folders {@code quarter=…} below it). */
  static String datasetFolder(String martsRoot, Mart mart) {
    return mart.datasetPath(martsRoot);
  }
}

package vn.kyluat.reports.model;

import java.util.List;
import java.util.Set;

/**
 * A table as the PDF and the HTML show it: formatted text, with the numeric columns (set
 * right-aligned) marked, and an optional note under it.
 *
 * @param widths relative column widths
 */
public record TableModel(
    String title, String note, List<String> headers, List<List<String>> rows, Set<Integer> numericColumns,
    float[] widths) {

  public boolean isEmpty() {
    return rows.isEmpty();
  }
}

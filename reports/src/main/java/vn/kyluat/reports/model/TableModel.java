package vn.kyluat.reports.model;

import java.util.List;
import java.util.Set;

/**
 * A table as the PDF and the HTML show it: formatted text, with the numeric columns (set
 * right-aligned) marked, and an optional note under it.
 *
 * @param widths relative column widths
 * @param tones per row, per column, how the cell reads (good, bad); empty when nothing is judged
 */
public record TableModel(
        String title,
        String note,
        List<String> headers,
        List<List<String>> rows,
        Set<Integer> numericColumns,
        float[] widths,
        List<List<Tone>> tones) {

    public TableModel(
            String title,
            String note,
            List<String> headers,
            List<List<String>> rows,
            Set<Integer> numericColumns,
            float[] widths) {
        this(title, note, headers, rows, numericColumns, widths, List.of());
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** How cell (row, column) reads; {@link Tone#NONE} where nothing is judged. */
    public Tone tone(int row, int column) {
        return row < tones.size() && column < tones.get(row).size()
                ? tones.get(row).get(column)
                : Tone.NONE;
    }
}

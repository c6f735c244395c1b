package vn.kyluat.reports.drill;

import java.util.List;

/**
 * The head of a list, worst first, as print shows it, and how many rows it leaves out.
 *
 * @param more how many rows follow the shown ones (0 when all are shown)
 */
public record Shortlist<T>(List<T> shown, int more) {

    /** The first {@code n} rows of {@code rows}. */
    public static <T> Shortlist<T> of(List<T> rows, int n) {
        return rows.size() <= n ? new Shortlist<>(rows, 0) : new Shortlist<>(rows.subList(0, n), rows.size() - n);
    }

    public int total() {
        return shown.size() + more;
    }
}

package vn.kyluat.reports.render;

/**
 * Where to end a long table's page early so that its last page never holds only a row or two: the
 * table is laid out row by row on pages of known height and, when the last page would get fewer
 * than the minimum, the page before it ends that many rows sooner.
 */
final class Overflow {
    private Overflow() {}

    /**
     * @param firstSpace the height left on the current page for rows (below the header row)
     * @param pageSpace the height of a full page for rows (below the repeated header row)
     * @param heights each row's height, in order
     * @return the index of the row to start a new page with; -1 when the natural breaks are fine
     */
    static int breakBefore(float firstSpace, float pageSpace, float[] heights, int minLastRows) {
        float space = firstSpace;
        int pageStart = 0;
        int previousStart = -1;
        for (int i = 0; i < heights.length; i++) {
            if (heights[i] > space) {
                if (i > pageStart) {
                    previousStart = pageStart;
                }
                pageStart = i;
                space = pageSpace;
            }
            space -= heights[i];
        }
        int lastRows = heights.length - pageStart;
        if (previousStart < 0 || lastRows >= minLastRows) {
            return -1;
        }
        int cut = pageStart - (minLastRows - lastRows);
        return cut > previousStart ? cut : -1;
    }
}

package vn.kyluat.reports.datasets;

/**
 * One line of a ranking: a unit, or the rest of the group pooled into one line.
 *
 * @param label what the line is called on the chart
 * @param rank the peer rank (1 = best); null for the pooled rest or an unranked unit
 * @param index the responsibility index the ranking is sorted by (the median, for the pooled rest)
 * @param pooledUnits how many units the line pools: 1 for a single unit
 */
public record RankItem(String label, Integer rank, Double index, int pooledUnits) {

    public boolean isPooled() {
        return pooledUnits > 1;
    }
}

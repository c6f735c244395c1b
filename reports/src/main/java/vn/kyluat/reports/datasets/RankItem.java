package vn.kyluat.reports.datasets;

/**
 * One line of a ranking: a unit, or the rest of the group pooled into one line.
 *
 * @param label what the line is called on the chart
 * @param rank the peer rank (1 = best); null for the pooled rest or an unranked unit
 * @param index the responsibility index (the median, for the pooled rest)
 * @param onTime the on-time rate (pooled, for the rest)
 * @param ciLow the Wilson 95 % interval's lower bound
 * @param ciHigh its upper bound
 * @param tasksDue tasks due (summed, for the rest)
 * @param pooledUnits how many units the line pools: 1 for a single unit
 */
public record RankItem(
    String label, Integer rank, Double index, Double onTime, Double ciLow, Double ciHigh, long tasksDue, int pooledUnits) {

  public boolean isPooled() {
    return pooledUnits > 1;
  }
}

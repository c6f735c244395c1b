package vn.kyluat.etl.config;

/**
 * @param parallelism how many source flows run at once
 * @param chunkSize rows per chunk: one transaction, one Parquet part file
 * @param fetchSize rows the JDBC driver fetches per round trip
 */
public record ExtractTuning(int parallelism, int chunkSize, int fetchSize) {
  public static final ExtractTuning DEFAULT = new ExtractTuning(2, 20_000, 10_000);
}

package vn.kyluat.warehouse;

/**
 * One column of a warehouse table loaded from a mart.
 *
 * @param fromPartition whether the value comes from the dataset's folder names ({@code quarter=2024Q3/})
 *     rather than from inside the Parquet files
 */
record TableColumn(String name, PgType type, boolean fromPartition) {}

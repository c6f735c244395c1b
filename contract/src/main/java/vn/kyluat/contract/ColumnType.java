package vn.kyluat.contract;

/**
 * Column types of the source contract and how the lake stores them: TEXT as UTF-8 strings, DATE
 * as Parquet DATE, TIMESTAMP as Parquet TIMESTAMP(MICROS, adjusted to UTC) holding the instant,
 * BIGINT as INT64, BOOLEAN as BOOLEAN.
 */
public enum ColumnType {
    TEXT,
    DATE,
    TIMESTAMP,
    BIGINT,
    BOOLEAN
}

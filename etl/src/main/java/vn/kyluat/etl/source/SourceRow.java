package vn.kyluat.etl.source;

/**
 * One record as the source delivered it, fields in the contract's column order: the strings of a
 * CSV file, or the values a database returned (String, LocalDate, Instant, Long, Boolean; null).
 * Kept as read so that a rejected record can show exactly what came in.
 */
public record SourceRow(Object[] raw) {}

package vn.kyluat.etl.validate;

/**
 * One rule of METRICS.md §2 applied to a record's typed values (contract column order). Returns
 * null when the record passes: checks run per row, so passing costs no allocation.
 */
@FunctionalInterface
public interface RowCheck {
    Rejection check(Object[] values);
}

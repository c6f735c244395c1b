package vn.kyluat.etl.validate;

/**
 * One rule of docs/contract.md, rules a row may break applied to a record's typed values (contract column order). Returns
 * null when the record passes: checks run per row, so passing costs no allocation.
 */
@FunctionalInterface
public interface RowCheck {
    Rejection check(Object[] values);
}

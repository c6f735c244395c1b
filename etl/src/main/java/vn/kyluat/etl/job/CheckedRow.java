package vn.kyluat.etl.job;

import vn.kyluat.etl.validate.Rejection;

/**
 * A record after validation: its typed values and the fields as read; {@code rejection} is null
 * when it is accepted.
 */
record CheckedRow(Object[] values, Object[] raw, Rejection rejection) {
    boolean accepted() {
        return rejection == null;
    }
}

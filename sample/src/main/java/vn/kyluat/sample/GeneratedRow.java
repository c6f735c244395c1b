package vn.kyluat.sample;

import vn.kyluat.contract.Relation;

/**
 * One row of a contract relation, as a sink writes it: values in {@link Relation#columns()} order,
 * typed as String, LocalDate, Instant (timestamps), Long, Boolean, {@link PlantedBadValue} or null.
 */
public interface GeneratedRow {
    Relation relation();

    Object[] values();
}

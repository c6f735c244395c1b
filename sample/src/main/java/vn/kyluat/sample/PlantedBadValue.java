package vn.kyluat.sample;

/**
 * Text written in place of a typed value that cannot be read as its type (a date that is not one).
 * Only the CSV sink can carry it: a typed database column would refuse it.
 */
public record PlantedBadValue(String text) {}

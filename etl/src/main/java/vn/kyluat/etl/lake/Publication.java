package vn.kyluat.etl.lake;

/**
 * What publishing a relation did.
 *
 * @param version the version now current
 * @param rows rows in it
 * @param changed whether this run published a new version (false: the lake is as it was)
 */
public record Publication(String version, long rows, boolean changed) {}

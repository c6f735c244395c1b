package vn.kyluat.etl.config;

/**
 * Limits past which a run does not end COMPLETED (both are shares, 0 to 1).
 *
 * @param maxShrink how much smaller than the published version a whole reload may be and still be
 *     published; a larger shrink is held back until {@code --accept-shrink SOURCE}
 * @param maxRejectedShare the share of a relation's rows read that may be rejected before its
 *     source is PARTIAL
 */
public record ExtractGuards(double maxShrink, double maxRejectedShare) {
    public static final ExtractGuards DEFAULT = new ExtractGuards(0.5, 0.5);
}

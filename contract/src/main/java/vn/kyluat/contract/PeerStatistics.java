package vn.kyluat.contract;

/**
 * The statistics of a rate against its peer group (docs/metrics.md, fair comparison), written once:
 * the Wilson 95 % score interval of a unit's on-time rate, and the funnel limits p ± k·sqrt(p(1−p)/n)
 * around the peer group's pooled rate p, outside of which ({@value #FUNNEL_SIGMAS} standard errors)
 * a unit is flagged. Analytics computes the mart's columns with these functions; reports draw the
 * funnel's band with them from the pooled rate the mart gives, never recomputing that rate.
 */
public final class PeerStatistics {
    /** z of a two-sided 95 % interval. */
    public static final double Z_95 = 1.96;

    /** Standard errors from the pooled rate beyond which a unit is flagged. */
    public static final double FUNNEL_SIGMAS = 3;

    /** Standard errors of the inner (warning) curve a funnel plot draws too; never flagged. */
    public static final double FUNNEL_WARNING_SIGMAS = 2;

    /** funnel_flag of a unit under its funnel. */
    public static final String BELOW = "below";

    /** funnel_flag of a unit over its funnel. */
    public static final String ABOVE = "above";

    private PeerStatistics() {}

    /** The Wilson interval's low bound of a rate over n trials (n > 0), clamped to [0, 1]. */
    public static double wilsonLow(double rate, long n) {
        return wilson(rate, n, -1);
    }

    /** The Wilson interval's high bound of a rate over n trials (n > 0), clamped to [0, 1]. */
    public static double wilsonHigh(double rate, long n) {
        return wilson(rate, n, +1);
    }

    /**
     * (rate + z²/2n ± z·sqrt(rate(1−rate)/n + z²/4n²)) / (1 + z²/n). Clamped to [0, 1]: at a rate of 0
     * or 1 the bound is exactly 0 or 1 on paper but rounds to ±1e-17 or so.
     */
    private static double wilson(double rate, long n, int sign) {
        if (n <= 0) {
            throw new IllegalArgumentException("a Wilson interval needs at least one trial, got n = " + n);
        }
        double z2 = Z_95 * Z_95;
        double denominator = 1.0 + z2 / n;
        double centre = rate + z2 / (n * 2);
        double half = Z_95 * Math.sqrt(rate * (1.0 - rate) / n + z2 / (n * n * 4));
        return Math.max(0.0, Math.min(1.0, (centre + half * sign) / denominator));
    }

    /** p − sigmas·sqrt(p(1−p)/n): the funnel's lower limit at n, not clamped. */
    public static double funnelLow(double pooledRate, double n, double sigmas) {
        return pooledRate - sigmas * standardError(pooledRate, n);
    }

    /** p + sigmas·sqrt(p(1−p)/n): the funnel's upper limit at n, not clamped. */
    public static double funnelHigh(double pooledRate, double n, double sigmas) {
        return pooledRate + sigmas * standardError(pooledRate, n);
    }

    /**
     * funnel_flag: {@link #BELOW} or {@link #ABOVE} when the rate lies outside p ±
     * {@value #FUNNEL_SIGMAS} standard errors at its n (n > 0); null inside.
     */
    public static String funnelFlag(double rate, long n, double pooledRate) {
        if (n <= 0) {
            return null;
        }
        if (rate < funnelLow(pooledRate, (double) n, FUNNEL_SIGMAS)) {
            return BELOW;
        }
        return rate > funnelHigh(pooledRate, (double) n, FUNNEL_SIGMAS) ? ABOVE : null;
    }

    private static double standardError(double pooledRate, double n) {
        return Math.sqrt(pooledRate * (1.0 - pooledRate) / n);
    }
}

package vn.kyluat.reports.bench;

/** The Wilson 95 % interval of a share (METRICS.md §5, z = 1.96), as the synthetic marts carry it. */
public final class Wilson {
    private static final double Z = 1.96;

    private Wilson() {}

    /** {low, high}; null when there are no trials. */
    public static double[] interval(long successes, long trials) {
        if (trials == 0) {
            return null;
        }
        double n = trials;
        double p = successes / n;
        double z2 = Z * Z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }
}

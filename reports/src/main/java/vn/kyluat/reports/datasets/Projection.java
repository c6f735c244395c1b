package vn.kyluat.reports.datasets;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The next quarter's value projected from the recent ones: the least-squares line through the
 * last {@code window} known values (quarters one apart), extended one quarter. Rates are clamped
 * to [0, 1] and counts to at least 0, so a steep trend never projects an impossible figure.
 */
public final class Projection {
    public static final int WINDOW = 4;
    /** Fewer known quarters than this make a line through noise, not a trend: no projection then. */
    public static final int MIN_KNOWN = 3;

    private Projection() {}

    /** Empty when fewer than {@link #MIN_KNOWN} of the last {@code window} values are known. */
    public static OptionalDouble linearNext(List<Double> values, int window, double min, double max) {
        int from = Math.max(0, values.size() - window);
        double n = 0, sumX = 0, sumY = 0, sumXX = 0, sumXY = 0;
        for (int i = from; i < values.size(); i++) {
            Double y = values.get(i);
            if (y == null) {
                continue;
            }
            n++;
            sumX += i;
            sumY += y;
            sumXX += (double) i * i;
            sumXY += i * y;
        }
        if (n < MIN_KNOWN) {
            return OptionalDouble.empty();
        }
        double slope = (n * sumXY - sumX * sumY) / (n * sumXX - sumX * sumX);
        double intercept = (sumY - slope * sumX) / n;
        double next = intercept + slope * values.size();
        return OptionalDouble.of(Math.max(min, Math.min(max, next)));
    }
}

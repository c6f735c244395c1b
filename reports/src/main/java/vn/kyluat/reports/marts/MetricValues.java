package vn.kyluat.reports.marts;

import java.util.Locale;
import vn.kyluat.contract.Metric;

/** Parses a metric's CSV text into the Java type of its kind (docs/metrics.md, the other marts). */
public final class MetricValues {
    private MetricValues() {}

    public static Object parse(Metric metric, String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return switch (metric.kind()) {
                case COUNT -> Long.parseLong(text);
                case RANK -> Integer.parseInt(text);
                case RATE, RATE_CHANGE, DAYS, HOURS, PER_100, INDEX -> Double.parseDouble(text);
                case FLAG -> parseFlag(text);
                case TEXT -> text;
            };
        } catch (NumberFormatException e) {
            throw new MartException(metric.column() + ": '" + text + "' is not a "
                    + metric.kind().name().toLowerCase(Locale.ROOT));
        }
    }

    private static Boolean parseFlag(String text) {
        return switch (text) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new NumberFormatException(text);
        };
    }
}

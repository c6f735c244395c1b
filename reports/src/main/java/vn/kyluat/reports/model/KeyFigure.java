package vn.kyluat.reports.model;

import vn.kyluat.contract.Metric;
import vn.kyluat.contract.MetricDirection;
import vn.kyluat.contract.MetricKind;

/**
 * One key figure of the report's root: this quarter, last quarter and the target, judged by the
 * figure's direction (a fall in backlog is good news, a fall in the on-time rate bad news).
 *
 * @param metric the mart's metric; null for a figure derived from several (the backlog over 90 days)
 * @param current this quarter's value; null when the mart has none
 * @param previous last quarter's; null when that quarter was not computed or had no value
 * @param target the configured target; null when none is set
 */
public record KeyFigure(
        Metric metric,
        String label,
        MetricKind kind,
        MetricDirection direction,
        Double current,
        Double previous,
        Double target) {

    /** This quarter minus last quarter; null when either is unknown. */
    public Double change() {
        return current == null || previous == null ? null : current - previous;
    }

    /** Good when the figure moved the right way, bad when it moved the wrong way. */
    public Tone changeTone() {
        Double change = change();
        if (change == null || Math.abs(change) < shownPrecision() || direction == MetricDirection.NEUTRAL) {
            return Tone.NONE;
        }
        return change * direction.sign() > 0 ? Tone.GOOD : Tone.BAD;
    }

    /** Half the last digit the report shows: a change that prints as zero is no change. */
    private double shownPrecision() {
        return switch (kind) {
            case RATE, RATE_CHANGE -> 0.0005;
            case COUNT, RANK -> 0.5;
            default -> 0.05;
        };
    }

    /** Good when the target is met (at least it, or at most it for a figure that should be low). */
    public Tone targetTone() {
        if (target == null || current == null || direction == MetricDirection.NEUTRAL) {
            return Tone.NONE;
        }
        boolean met = direction == MetricDirection.HIGHER_IS_BETTER ? current >= target : current <= target;
        return met ? Tone.GOOD : Tone.BAD;
    }

    /** How this quarter's value is coloured: against the target where there is one, else against last quarter. */
    public Tone currentTone() {
        return target == null ? changeTone() : targetTone();
    }
}

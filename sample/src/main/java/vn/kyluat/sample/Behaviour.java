package vn.kyluat.sample;

/**
 * How an organisation handles the tasks it holds (the patterns of docs/metrics.md that the inspection
 * commission looks for). Probabilities are per task.
 */
public enum Behaviour {
    DILIGENT(0.80, 0.01, 0.04, 0.07, 0.10, 0.02),
    SLOW(0.55, 0.02, 0.05, 0.15, 0.15, 0.04),
    BUCK_PASSING(0.62, 0.45, 0.08, 0.10, 0.10, 0.05),
    DEADLINE_STRETCHING(0.70, 0.01, 0.04, 0.75, 0.85, 0.03),
    ESCALATING(0.72, 0.01, 0.04, 0.08, 0.10, 0.55);

    final double onTime;
    final double bounce;
    final double transfer;
    final double extend;
    final double multiExtend;
    final double escalateWithin;

    /**
     * @param onTime chance of finishing by the effective due date, in the first quarter (it improves
     *     a little every quarter after Directive 46)
     * @param bounce chance of a buck-passing episode: a return, or a transfer that comes back
     * @param transfer chance of a plain transfer to a peer that stays there
     * @param extend chance of asking for at least one extension
     * @param multiExtend chance that a task with extensions gets two to four of them
     * @param escalateWithin chance of escalating a task that lies within its own authority
     */
    Behaviour(double onTime, double bounce, double transfer, double extend, double multiExtend, double escalateWithin) {
        this.onTime = onTime;
        this.bounce = bounce;
        this.transfer = transfer;
        this.extend = extend;
        this.multiExtend = multiExtend;
        this.escalateWithin = escalateWithin;
    }
}

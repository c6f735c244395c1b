package vn.kyluat.analytics.marts;

/**
 * Points of a publication where the kill tests stop a run, so that a SIGKILL lands exactly there
 * and not a few milliseconds later. With the environment variable {@value #PAUSE_AT} naming one of
 * them, the run says so on stderr when it gets there and waits to be killed; without it, nothing.
 */
public final class FaultPoint {
    public static final String PAUSE_AT = "KYLUAT_PAUSE_AT";
    /** The first mart of the new set is written (Parquet and CSV), the others are not. */
    public static final String AFTER_FIRST_MART = "after-first-mart";
    /** A CSV export of the new set has its header and first part, not the rest. */
    public static final String DURING_CSV_EXPORT = "during-csv-export";
    /** Every mart of the new set is written and the new pointer is in its temporary file. */
    public static final String BEFORE_POINTER_SWAP = "before-pointer-swap";

    private FaultPoint() {}

    public static void reach(String point) {
        if (!point.equals(System.getenv(PAUSE_AT))) {
            return;
        }
        System.err.println("analyze: paused at " + point + " (" + PAUSE_AT + "), waiting to be killed");
        System.err.flush();
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while paused at " + point, e);
            }
        }
    }
}

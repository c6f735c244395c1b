package vn.kyluat.etl;

/** Exit codes scripts can rely on. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;
    /** Some sources failed; the others loaded. */
    public static final int PARTIAL = 3;

    private ExitCodes() {}
}

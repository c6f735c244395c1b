package vn.kyluat.reports.marts;

/** A mart export that is missing or does not hold the contract's columns. */
public class MartException extends RuntimeException {
    public MartException(String message) {
        super(message);
    }
}

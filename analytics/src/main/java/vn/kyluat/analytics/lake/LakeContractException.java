package vn.kyluat.analytics.lake;

/** The lake does not hold what the contract promises: a missing column, a pointer to nowhere. */
public class LakeContractException extends RuntimeException {
    public LakeContractException(String message) {
        super(message);
    }
}

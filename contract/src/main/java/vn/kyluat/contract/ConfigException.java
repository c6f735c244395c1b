package vn.kyluat.contract;

/** A configuration error, its message already prefixed with {@code file:line:}. */
public class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}

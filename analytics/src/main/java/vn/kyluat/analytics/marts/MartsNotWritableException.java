package vn.kyluat.analytics.marts;

import vn.kyluat.contract.ConfigException;

/** The configured marts location cannot be written: found before the lake is read. */
public final class MartsNotWritableException extends ConfigException {
    public MartsNotWritableException(String martsRoot, Throwable cause) {
        super("the marts location " + martsRoot + " cannot be written (" + cause.getMessage() + "): make it a writable"
                + " folder or point 'marts:' in the configuration elsewhere");
    }
}

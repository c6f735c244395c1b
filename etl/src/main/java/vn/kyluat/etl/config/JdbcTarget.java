package vn.kyluat.etl.config;

import vn.kyluat.contract.JdbcUrls;

/**
 * A JDBC database to connect to; the password comes from an environment variable and is never
 * printed. Messages show {@link #shownUrl()}, never {@link #url()}.
 */
public record JdbcTarget(String url, String user, String password) {

    /** The URL as messages, the manifest and logs may show it: no query string, user info or password property. */
    public String shownUrl() {
        return JdbcUrls.redact(url);
    }

    @Override
    public String toString() {
        return shownUrl() + (user == null ? "" : " as " + user);
    }
}

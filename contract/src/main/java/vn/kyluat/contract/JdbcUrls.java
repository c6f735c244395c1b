package vn.kyluat.contract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps credentials out of JDBC URLs and out of every message that shows one. A URL is shown as
 * its scheme, host and database only: query string ({@code ?…}), user info ({@code //user:pass@})
 * and {@code ;password=} properties are cut, whatever they hold.
 */
public final class JdbcUrls {
    private static final String SECRET_KEY = "[A-Za-z_]*(?:password|passwd|pwd)";
    private static final Pattern SECRET_PARAMETER = Pattern.compile("(?i)[?&;]" + SECRET_KEY + "=");
    private static final Pattern USER_INFO = Pattern.compile("//[^/?;@\\s]*:[^/?;@\\s]*@");
    /** Oracle's thin form, {@code jdbc:oracle:thin:scott/tiger@host:1521:orcl}. */
    private static final Pattern ORACLE_USER = Pattern.compile("^(jdbc:oracle:[a-z]+:)[^/@:\\s]+/[^@\\s]+@");
    /** A URL inside a message: up to the first space or quote. */
    private static final Pattern URL_IN_TEXT = Pattern.compile("jdbc:[^\\s'\"]+");

    private static final Pattern SECRET_PROPERTY = Pattern.compile("(?i);" + SECRET_KEY + "=[^;]*");

    private JdbcUrls() {}

    /** How the URL carries a password, or empty when it does not. */
    public static Optional<String> inlinePassword(String url) {
        Matcher parameter = SECRET_PARAMETER.matcher(url);
        if (parameter.find()) {
            return Optional.of("a " + url.substring(parameter.start() + 1, parameter.end() - 1) + "= parameter");
        }
        if (USER_INFO.matcher(url).find() || ORACLE_USER.matcher(url).find()) {
            return Optional.of("a user:password@ part");
        }
        return Optional.empty();
    }

    /** The URL without its query string, user info or password properties. */
    public static String redact(String url) {
        String shown = USER_INFO.matcher(url).replaceFirst("//");
        shown = ORACLE_USER.matcher(shown).replaceFirst("$1@");
        shown = SECRET_PROPERTY.matcher(shown).replaceAll("");
        int query = shown.indexOf('?');
        return query < 0 ? shown : shown.substring(0, query);
    }

    /** The text with every JDBC URL in it redacted (a driver's own message may quote the URL). */
    public static String redactIn(String text) {
        return text == null
                ? null
                : URL_IN_TEXT.matcher(text).replaceAll(m -> Matcher.quoteReplacement(redact(m.group())));
    }
}

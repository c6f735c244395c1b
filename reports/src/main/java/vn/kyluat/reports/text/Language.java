package vn.kyluat.reports.text;

import java.util.Locale;

/** The report's language: Vietnamese by default, English on request. */
public enum Language {
    VI("vi"),
    EN("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** The code {@link vn.kyluat.contract.Metric#label(String)} takes: {@code vi} or {@code en}. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return this == VI ? Locale.forLanguageTag("vi-VN") : Locale.UK;
    }

    public static Language fromCode(String code) {
        return switch (code.trim().toLowerCase(Locale.ROOT)) {
            case "vi" -> VI;
            case "en" -> EN;
            default -> throw new IllegalArgumentException("language must be vi or en, got '" + code + "'");
        };
    }
}

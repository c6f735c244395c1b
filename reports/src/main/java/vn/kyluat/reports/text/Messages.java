package vn.kyluat.reports.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;

/**
 * Headings and phrases of the reports in one language, from {@code messages_<lang>.properties}
 * (UTF-8). Metric labels are not here: they come from {@link vn.kyluat.contract.Metric#label}.
 */
public final class Messages {
    private final Language language;
    private final Properties texts;

    private Messages(Language language, Properties texts) {
        this.language = language;
        this.texts = texts;
    }

    public static Messages of(Language language) {
        String resource = "messages_" + language.code() + ".properties";
        Properties texts = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Messages(language, texts);
    }

    public Language language() {
        return language;
    }

    /**
     * A code of the marts (a status, relation, rule, kind…) in this language: {@code family.code}
     * from the messages, or the code itself when the messages do not know it.
     */
    public String term(String family, String code) {
        return code == null ? null : texts.getProperty(family + "." + code, code);
    }

    /** The text for {@code key}, with {@code {0}}, {@code {1}}… replaced by the arguments as given. */
    public String get(String key, Object... args) {
        String text = texts.getProperty(key);
        if (text == null) {
            throw new IllegalArgumentException("no message '" + key + "' in " + language.code());
        }
        if (args.length == 0) {
            return text;
        }
        Object[] asText = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            asText[i] = String.valueOf(args[i]);
        }
        return new MessageFormat(text.replace("'", "''"), language.locale()).format(asText);
    }
}

package vn.kyluat.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Properties;
import vn.kyluat.contract.Metric;
import vn.kyluat.contract.RejectRule;

/**
 * The meaning of every table and column in Vietnamese and English, for {@code COMMENT ON}: metric
 * columns from the contract's {@link Metric} labels, reject-rule counts from {@link RejectRule},
 * every other name from {@code labels.properties}.
 */
final class Labels {
    private static final String REJECTED_PREFIX = "rejected_";
    private static final Properties TEXTS = load();

    private Labels() {}

    /** {@code "Vietnamese / English"}; an error naming the column when it has no label. */
    static String column(String name) {
        Optional<Metric> metric = Arrays.stream(Metric.values())
                .filter(m -> m.column().equals(name))
                .findFirst();
        if (metric.isPresent()) {
            return metric.get().label("vi") + " / " + metric.get().label("en");
        }
        Optional<RejectRule> rule = name.startsWith(REJECTED_PREFIX)
                ? Arrays.stream(RejectRule.values())
                        .filter(r -> r.code().equals(name.substring(REJECTED_PREFIX.length())))
                        .findFirst()
                : Optional.empty();
        if (rule.isPresent()) {
            return "Số bản ghi bị loại: " + text("rule." + rule.get().code()) + " / Records rejected: "
                    + rule.get().description();
        }
        return pair("column." + name);
    }

    /** The meaning of a table or view. */
    static String table(String name) {
        return pair(TEXTS.containsKey("view." + name) ? "view." + name : "table." + name);
    }

    private static String pair(String key) {
        String[] parts = text(key).split("\\|", 2);
        return parts[0].trim() + " / " + parts[1].trim();
    }

    private static String text(String key) {
        String text = TEXTS.getProperty(key);
        if (text == null) {
            throw new IllegalStateException("no label for " + key + ": add it to warehouse's labels.properties");
        }
        return text;
    }

    private static Properties load() {
        Properties texts = new Properties();
        try (InputStream in = Labels.class.getResourceAsStream("labels.properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }
}

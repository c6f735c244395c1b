package vn.kyluat.contract;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A node of the pipeline's YAML configuration that remembers where it was written, so that every
 * error names the file, the line and what is wrong. Every stage reads its own section through it.
 */
public final class ConfigNode {
    private final Path file;
    private final Node node;
    private final String path;

    private ConfigNode(Path file, Node node, String path) {
        this.file = file;
        this.node = node;
        this.path = path;
    }

    public static ConfigNode load(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        try (Reader reader = Files.newBufferedReader(absolute, StandardCharsets.UTF_8)) {
            Node root = new Yaml(new LoaderOptions()).compose(reader);
            if (root == null) {
                throw new ConfigException(absolute + ":1: the configuration is empty");
            }
            return new ConfigNode(absolute, root, "");
        } catch (NoSuchFileException e) {
            throw new ConfigException(absolute + ": no such configuration file");
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            throw new ConfigException(absolute + ":" + line + ": not valid YAML: " + e.getProblem());
        } catch (IOException e) {
            throw new ConfigException(absolute + ": cannot be read: " + e.getMessage());
        }
    }

    /** The configuration file this node comes from. */
    public Path file() {
        return file;
    }

    /** The folder relative paths in the configuration are resolved against. */
    public Path baseDir() {
        return file.getParent();
    }

    public int line() {
        return node.getStartMark().getLine() + 1;
    }

    /** An error located at this node: {@code /etc/pipeline.yaml:12: sources[2].url: message}. */
    public ConfigException error(String message) {
        String where = path.isEmpty() ? "" : path + ": ";
        return new ConfigException(file + ":" + line() + ": " + where + message);
    }

    /** Rejects any key of this mapping that is not in {@code allowed}, naming the ones that are. */
    public ConfigNode checkKeys(String... allowed) {
        List<String> known = Arrays.asList(allowed);
        for (NodeTuple tuple : mapping().getValue()) {
            String key = keyOf(tuple);
            if (!known.contains(key)) {
                throw new ConfigNode(file, tuple.getKeyNode(), child(key))
                        .error("unknown key '" + key + "'; expected one of " + known);
            }
        }
        return this;
    }

    public Optional<ConfigNode> get(String key) {
        for (NodeTuple tuple : mapping().getValue()) {
            if (keyOf(tuple).equals(key)) {
                return Optional.of(new ConfigNode(file, tuple.getValueNode(), child(key)));
            }
        }
        return Optional.empty();
    }

    public ConfigNode require(String key) {
        return get(key).orElseThrow(() -> error("missing required key '" + key + "'"));
    }

    /** The mapping's entries in written order. */
    public Map<String, ConfigNode> entries() {
        Map<String, ConfigNode> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping().getValue()) {
            String key = keyOf(tuple);
            if (entries.containsKey(key)) {
                throw new ConfigNode(file, tuple.getKeyNode(), child(key)).error("key '" + key + "' is given twice");
            }
            entries.put(key, new ConfigNode(file, tuple.getValueNode(), child(key)));
        }
        return entries;
    }

    public List<ConfigNode> list() {
        if (!(node instanceof SequenceNode sequence)) {
            throw error("expected a list");
        }
        List<ConfigNode> items = new ArrayList<>();
        for (int i = 0; i < sequence.getValue().size(); i++) {
            items.add(new ConfigNode(file, sequence.getValue().get(i), path + "[" + i + "]"));
        }
        return items;
    }

    public String text() {
        if (!(node instanceof ScalarNode scalar)) {
            throw error("expected a single value");
        }
        return scalar.getValue();
    }

    public Optional<String> optionalText(String key) {
        return get(key).map(ConfigNode::text);
    }

    public String requireText(String key) {
        return require(key).text();
    }

    public int intValue() {
        return parse(Integer::parseInt, "a whole number");
    }

    public double doubleValue() {
        return parse(Double::parseDouble, "a number");
    }

    public boolean booleanValue() {
        return parse(
                v -> switch (v) {
                    case "true", "yes" -> true;
                    case "false", "no" -> false;
                    default -> throw new IllegalArgumentException(v);
                },
                "true or false");
    }

    /**
     * The value of the environment variable this node names (for passwords, which never stand in
     * the file itself); an error naming the variable when it is not set.
     */
    public String environmentValue() {
        String variable = text();
        String value = System.getenv(variable);
        if (value == null) {
            throw error("environment variable '" + variable + "' is not set");
        }
        return value;
    }

    /**
     * A location written in the configuration: a URI with a scheme ({@code hdfs://…}, {@code
     * s3a://…}, {@code file:/…}) is kept as it is; a plain path is resolved against {@link #baseDir()}.
     */
    public String location() {
        return resolveLocation(baseDir(), text());
    }

    public static String resolveLocation(Path baseDir, String written) {
        if (isUri(written)) {
            return written;
        }
        return baseDir.resolve(written).toAbsolutePath().normalize().toString();
    }

    /** A location with a scheme ({@code hdfs:}, {@code file:}), not a plain path (a Windows drive letter included). */
    static boolean isUri(String location) {
        return location.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") && !location.matches("^[a-zA-Z]:\\\\.*");
    }

    private <T> T parse(Function<String, T> parser, String expected) {
        String value = text();
        try {
            return parser.apply(value.trim());
        } catch (RuntimeException e) {
            throw error("expected " + expected + ", got '" + value + "'");
        }
    }

    private MappingNode mapping() {
        if (!(node instanceof MappingNode mapping)) {
            throw error("expected a mapping of keys to values");
        }
        return mapping;
    }

    private String keyOf(NodeTuple tuple) {
        if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
            throw new ConfigNode(file, tuple.getKeyNode(), path).error("keys must be plain names");
        }
        return key.getValue();
    }

    private String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}

package vn.kyluat.etl.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.kyluat.contract.ConfigNode;
import vn.kyluat.contract.JdbcUrls;
import vn.kyluat.contract.PipelineLocations;
import vn.kyluat.contract.Relation;

/**
 * Reads the extraction stage's sections of the pipeline YAML ({@code lake}, {@code job_repository},
 * {@code extract}, {@code sources}); every mistake is reported with the file and line.
 */
public final class ExtractConfigReader {
    private static final String SOURCE_ID = "[a-z0-9_-]+";

    private ExtractConfigReader() {}

    public static ExtractConfig read(Path file) {
        ConfigNode root = ConfigNode.load(file);
        PipelineLocations locations = PipelineLocations.from(root);
        return new ExtractConfig(
                root.file(),
                localLake(root, locations.lake()),
                root.get("job_repository").map(ExtractConfigReader::jdbcTarget).orElse(defaultJobRepository(root)),
                root.get("extract").map(ExtractConfigReader::tuning).orElse(ExtractTuning.DEFAULT),
                root.get("extract").map(ExtractConfigReader::guards).orElse(ExtractGuards.DEFAULT),
                sources(root.require("sources")),
                Set.of());
    }

    private static Path localLake(ConfigNode root, String lake) {
        if (lake.startsWith("file:")) {
            return Path.of(URI.create(lake));
        }
        if (lake.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            throw root.require("lake").error("the extraction stage writes a local lake only, got '" + lake + "'");
        }
        return Path.of(lake);
    }

    private static JdbcTarget defaultJobRepository(ConfigNode root) {
        Path db = root.baseDir()
                .resolve("batch")
                .resolve("job-repository")
                .toAbsolutePath()
                .normalize();
        // Kept open for the whole run: H2 would otherwise reopen the file for every transaction.
        return new JdbcTarget("jdbc:h2:file:" + db + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    private static ExtractTuning tuning(ConfigNode node) {
        node.checkKeys(
                "parallelism",
                "chunk_size",
                "fetch_size",
                "lookback",
                "event_lookback",
                "orphan_retry_runs",
                "key_census",
                "max_shrink",
                "max_rejected_share");
        ExtractTuning d = ExtractTuning.DEFAULT;
        return new ExtractTuning(
                positive(node, "parallelism", d.parallelism()),
                positive(node, "chunk_size", d.chunkSize()),
                positive(node, "fetch_size", d.fetchSize()),
                node.get("lookback").map(ExtractConfigReader::duration).orElse(d.lookback()),
                atLeastZero(node, "event_lookback", d.eventLookback()),
                (int) atLeastZero(node, "orphan_retry_runs", d.orphanRetryRuns()),
                node.get("key_census").map(ConfigNode::booleanValue).orElse(d.keyCensus()));
    }

    private static long atLeastZero(ConfigNode node, String key, long fallback) {
        return node.get(key)
                .map(n -> {
                    int value = n.intValue();
                    if (value < 0) {
                        throw n.error("must be 0 or more, got " + value);
                    }
                    return (long) value;
                })
                .orElse(fallback);
    }

    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*([smhd]?)");

    /** A window such as {@code 90s}, {@code 30m}, {@code 2h} or {@code 1d}; {@code 0} turns it off. */
    private static Duration duration(ConfigNode node) {
        Matcher m = DURATION.matcher(node.text().trim());
        if (!m.matches() || (m.group(2).isEmpty() && !m.group(1).equals("0"))) {
            throw node.error("must be a duration such as 90s, 30m, 2h or 1d, got '" + node.text() + "'");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            case "d" -> Duration.ofDays(n);
            default -> Duration.ZERO;
        };
    }

    private static ExtractGuards guards(ConfigNode node) {
        ExtractGuards d = ExtractGuards.DEFAULT;
        return new ExtractGuards(
                share(node, "max_shrink", d.maxShrink()), share(node, "max_rejected_share", d.maxRejectedShare()));
    }

    private static double share(ConfigNode node, String key, double fallback) {
        return node.get(key)
                .map(n -> {
                    double value = n.doubleValue();
                    if (value < 0 || value > 1) {
                        throw n.error("must be a share from 0 to 1 (0.5 = 50%), got " + value);
                    }
                    return value;
                })
                .orElse(fallback);
    }

    private static int positive(ConfigNode node, String key, int fallback) {
        return node.get(key)
                .map(n -> {
                    int value = n.intValue();
                    if (value < 1) {
                        throw n.error("must be at least 1, got " + value);
                    }
                    return value;
                })
                .orElse(fallback);
    }

    private static JdbcTarget jdbcTarget(ConfigNode node) {
        node.checkKeys("url", "user", "password_env");
        return new JdbcTarget(
                urlWithoutPassword(node.require("url")),
                node.optionalText("user").orElse(null),
                node.get("password_env").map(ConfigNode::environmentValue).orElse(null));
    }

    private static List<SourceConfig> sources(ConfigNode list) {
        List<SourceConfig> sources = new ArrayList<>();
        Map<String, Integer> lineOfId = new HashMap<>();
        for (ConfigNode node : list.list()) {
            SourceConfig source = source(node);
            Integer earlier = lineOfId.putIfAbsent(source.id(), node.line());
            if (earlier != null) {
                throw node.require("id")
                        .error("source id '" + source.id() + "' is given twice, first at line " + earlier);
            }
            sources.add(source);
        }
        if (sources.stream().noneMatch(SourceConfig::registry)) {
            throw list.error("one source at least must be the organisation registry (registry: true)");
        }
        return sources;
    }

    private static SourceConfig source(ConfigNode node) {
        node.checkKeys(
                "id",
                "type",
                "registry",
                "url",
                "user",
                "password_env",
                "path",
                "relations",
                "keeps",
                "encoding",
                "delimiter");
        ConfigNode idNode = node.require("id");
        String id = idNode.text();
        if (!id.matches(SOURCE_ID)) {
            throw idNode.error("source id '" + id + "' must match " + SOURCE_ID);
        }
        SourceType type = sourceType(node.require("type"));
        boolean registry = node.get("registry").map(ConfigNode::booleanValue).orElse(false);
        Set<Relation> keeps = node.get("keeps").map(k -> keeps(k, registry)).orElse(delivered(registry));
        Optional<ConfigNode> relations = node.get("relations");
        Map<Relation, String> sql =
                relations.map(r -> relationSql(r, registry, keeps)).orElse(Map.of());
        Map<Relation, String> sqlLines =
                relations.map(ExtractConfigReader::relationLines).orElse(Map.of());
        ConfigLines lines = new ConfigLines(where(node), sqlLines);
        if (type == SourceType.CSV) {
            for (String jdbcOnly : List.of("url", "user", "password_env", "relations")) {
                if (node.get(jdbcOnly).isPresent()) {
                    throw node.require(jdbcOnly).error("'" + jdbcOnly + "' does not apply to a csv source");
                }
            }
            return new SourceConfig(
                    id,
                    type,
                    registry,
                    null,
                    Path.of(node.require("path").location()),
                    sql,
                    keeps,
                    lines,
                    CsvOptionsReader.read(node));
        }
        for (String csvOnly : List.of("path", "encoding", "delimiter")) {
            if (node.get(csvOnly).isPresent()) {
                throw node.require(csvOnly)
                        .error("'" + csvOnly + "' applies to csv sources only; a " + type.configName()
                                + " source needs 'url'");
            }
        }
        JdbcTarget jdbc = jdbcTarget(node, type);
        return new SourceConfig(id, type, registry, jdbc, null, sql, keeps, lines, CsvOptions.DETECTED);
    }

    private static String where(ConfigNode node) {
        return node.file() + ":" + node.line();
    }

    private static Set<Relation> delivered(boolean registry) {
        return Arrays.stream(Relation.values())
                .filter(r -> registry || !r.registryOnly())
                .collect(Collectors.toSet());
    }

    /** {@code keeps: [org_unit, staff]}: the relations the unit holds; the others are read as empty. */
    private static Set<Relation> keeps(ConfigNode node, boolean registry) {
        Set<Relation> keeps = EnumSet.noneOf(Relation.class);
        for (ConfigNode item : node.list()) {
            Relation relation = relation(item, item.text());
            if (relation.registryOnly() && !registry) {
                throw item.error(relation.tableName() + " is read from registry sources only (registry: true)");
            }
            keeps.add(relation);
        }
        return keeps;
    }

    private static JdbcTarget jdbcTarget(ConfigNode node, SourceType type) {
        ConfigNode urlNode = node.require("url");
        String url = urlWithoutPassword(urlNode);
        if (type == SourceType.POSTGRES && !url.startsWith("jdbc:postgresql:")) {
            throw urlNode.error("a postgres source needs a jdbc:postgresql: URL, got '" + url + "'");
        }
        if (!url.startsWith("jdbc:")) {
            throw urlNode.error("expected a JDBC URL (jdbc:...), got '" + url + "'");
        }
        return new JdbcTarget(
                url,
                node.optionalText("user").orElse(null),
                node.get("password_env").map(ConfigNode::environmentValue).orElse(null));
    }

    /** Passwords come from environment variables only: a URL holding one would reach files and logs. */
    private static String urlWithoutPassword(ConfigNode urlNode) {
        String url = urlNode.text();
        JdbcUrls.inlinePassword(url).ifPresent(how -> {
            throw urlNode.error("the URL holds a password (" + how + "); remove it from the URL and use password_env"
                    + " to name the environment variable that holds it");
        });
        return url;
    }

    private static SourceType sourceType(ConfigNode node) {
        try {
            return SourceType.fromConfigName(node.text());
        } catch (IllegalArgumentException e) {
            throw node.error(e.getMessage());
        }
    }

    private static Map<Relation, String> relationSql(ConfigNode node, boolean registry, Set<Relation> keeps) {
        Map<Relation, String> sql = new EnumMap<>(Relation.class);
        for (Map.Entry<String, ConfigNode> entry : node.entries().entrySet()) {
            Relation relation = relation(entry.getValue(), entry.getKey());
            if (relation.registryOnly() && !registry) {
                throw entry.getValue()
                        .error(relation.tableName() + " is read from registry sources only (registry: true)");
            }
            if (!keeps.contains(relation)) {
                throw entry.getValue()
                        .error(relation.tableName() + " has SQL but is not in this source's 'keeps' list");
            }
            String text = entry.getValue().text();
            SingleSelect.problem(text).ifPresent(found -> {
                throw entry.getValue().error("the SQL must be exactly one SELECT (or WITH ... SELECT); found " + found);
            });
            sql.put(relation, text);
        }
        return sql;
    }

    private static Map<Relation, String> relationLines(ConfigNode node) {
        Map<Relation, String> lines = new EnumMap<>(Relation.class);
        node.entries().forEach((name, sql) -> lines.put(Relation.fromTableName(name), where(sql)));
        return lines;
    }

    private static Relation relation(ConfigNode node, String name) {
        try {
            return Relation.fromTableName(name);
        } catch (IllegalArgumentException e) {
            throw node.error(e.getMessage());
        }
    }
}

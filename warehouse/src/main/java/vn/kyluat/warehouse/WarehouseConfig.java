package vn.kyluat.warehouse;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import vn.kyluat.contract.ConfigNode;
import vn.kyluat.contract.PipelineLocations;

/**
 * The {@code warehouse:} section of the pipeline configuration, and where the marts are:
 *
 * <pre>
 * warehouse:
 *   url: jdbc:postgresql://10.0.0.9:5432/kyluat   # no password in it: it would end up in logs
 *   schema: kyluat                                # default kyluat
 *   user: loader
 *   password_env: KYLUAT_WAREHOUSE_PASSWORD       # optional; the password only ever comes from the environment
 *   readers: [bi]                                 # optional; roles granted read access to every load
 * </pre>
 *
 * Public, with {@link #read} and {@link #connect}, for the warehouse benchmark (bench/).
 *
 * @param password null when the server needs none
 */
public record WarehouseConfig(
        String martsRoot, String url, String schema, String user, String password, List<String> readers) {
    static final String SECTION = "warehouse";
    static final String DEFAULT_SCHEMA = "kyluat";
    /** Leaves room for the suffix of the loading schema within PostgreSQL's 63 characters. */
    private static final String SCHEMA_NAME = "[a-z_][a-z0-9_]{0,39}";

    private static final String ROLE_NAME = "[a-z_][a-z0-9_]{0,62}";

    /** The warehouse section, or empty when the configuration has none (the stage is then skipped). */
    public static Optional<WarehouseConfig> read(Path file) {
        ConfigNode root = ConfigNode.load(file);
        PipelineLocations locations = PipelineLocations.from(root);
        return root.get(SECTION).map(node -> from(node, locations.marts()));
    }

    private static WarehouseConfig from(ConfigNode node, String martsRoot) {
        node.checkKeys("url", "schema", "user", "password_env", "readers");
        ConfigNode url = node.require("url");
        if (!url.text().startsWith("jdbc:postgresql://")) {
            throw url.error("expected a PostgreSQL JDBC URL, e.g. jdbc:postgresql://127.0.0.1:5432/kyluat");
        }
        if (holdsPassword(url.text())) {
            throw url.error("the URL holds a password; name an environment variable in password_env instead");
        }
        String schema = node.get("schema")
                .map(s -> {
                    if (!s.text().matches(SCHEMA_NAME)) {
                        throw s.error(
                                "expected a plain schema name: lower-case letters, digits and _, at most 40 characters");
                    }
                    return s.text();
                })
                .orElse(DEFAULT_SCHEMA);
        List<String> readers = node.get("readers").map(ConfigNode::list).orElse(List.of()).stream()
                .map(r -> {
                    if (!r.text().matches(ROLE_NAME)) {
                        throw r.error("expected a plain role name: lower-case letters, digits and _");
                    }
                    return r.text();
                })
                .toList();
        return new WarehouseConfig(
                martsRoot,
                url.text(),
                schema,
                node.requireText("user"),
                node.get("password_env").map(ConfigNode::environmentValue).orElse(null),
                readers);
    }

    /** A {@code password} (or {@code sslpassword}) parameter, or a {@code user:password@} before the host. */
    static boolean holdsPassword(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        String authority = lower.substring("jdbc:postgresql://".length()).split("[/?]", 2)[0];
        return lower.matches(".*[?&;][a-z]*password=.*") || authority.contains("@");
    }

    /** A session on the warehouse's server, named in pg_stat_activity. */
    public Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("ApplicationName", "kyluat-warehouse");
        return DriverManager.getConnection(url, properties);
    }

    @Override
    public String toString() {
        return "WarehouseConfig[" + url + ", schema " + schema + ", user " + user + "]";
    }
}

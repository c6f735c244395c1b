package vn.kyluat.sample;

import java.nio.file.Path;

/**
 * Where the units go and how the pipeline configuration names them: database units as H2 files
 * under {@code <workspace>/units/} or, given a server, as PostgreSQL databases {@code <prefix><unit>};
 * the CSV unit always as the folder {@code <workspace>/units/<unit>/}.
 */
public final class UnitTargets {
    private final Path workspace;
    private final PostgresServer server;
    private final String databasePrefix;
    private final boolean lakeOnly;

    /** @param server null for embedded H2 units */
    public UnitTargets(Path workspace, PostgresServer server, String databasePrefix) {
        this(workspace, server, databasePrefix, false);
    }

    private UnitTargets(Path workspace, PostgresServer server, String databasePrefix, boolean lakeOnly) {
        this.workspace = workspace.toAbsolutePath().normalize();
        this.server = server;
        this.databasePrefix = databasePrefix;
        this.lakeOnly = lakeOnly;
    }

    /** Every unit written straight into {@code <workspace>/lake}, as extraction would publish it. */
    public static UnitTargets lakeOnly(Path workspace) {
        return new UnitTargets(workspace, null, "", true);
    }

    public boolean isLakeOnly() {
        return lakeOnly;
    }

    public Path lakeFolder() {
        return workspace.resolve("lake");
    }

    public Path unitsFolder() {
        return workspace.resolve("units");
    }

    public String databaseName(String unitId) {
        return databasePrefix + unitId.replace('-', '_');
    }

    UnitSink open(String unitId, boolean csv) {
        if (lakeOnly) {
            return new LakeSink(lakeFolder(), unitId);
        }
        if (csv) {
            return new CsvSink(unitsFolder().resolve(unitId));
        }
        return server == null
                ? new H2Sink(unitsFolder().resolve(unitId))
                : new PostgresCopySink(server, databaseName(unitId));
    }

    /** The unit's entry in the {@code sources} list of pipeline.yaml. */
    String sourceEntry(String unitId, boolean registry, boolean csv) {
        StringBuilder yaml = new StringBuilder("  - id: ").append(unitId).append('\n');
        String type = csv ? "csv" : server == null ? "jdbc" : "postgres";
        yaml.append("    type: ").append(type).append('\n');
        if (registry) {
            yaml.append("    registry: true\n");
        }
        if (csv) {
            yaml.append("    path: units/").append(unitId).append('\n');
        } else if (server == null) {
            yaml.append("    url: '")
                    .append(H2Sink.readUrl(unitsFolder().resolve(unitId)))
                    .append("'\n");
            yaml.append("    user: sa\n");
        } else {
            yaml.append("    url: '").append(server.url(databaseName(unitId))).append("'\n");
            yaml.append("    user: ").append(server.user()).append('\n');
            if (server.password() != null) {
                yaml.append("    password_env: PGPASSWORD\n");
            }
        }
        return yaml.toString();
    }
}

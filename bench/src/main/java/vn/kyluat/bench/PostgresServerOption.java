package vn.kyluat.bench;

import picocli.CommandLine.Option;
import vn.kyluat.sample.PostgresServer;

/** The {@code --pg-url} option of the benchmarks that generate their province into PostgreSQL. */
public final class PostgresServerOption {
    @Option(
            names = "--pg-url",
            paramLabel = "JDBC_URL",
            defaultValue = "jdbc:postgresql://127.0.0.1:5432/",
            description = "PostgreSQL server for the generated unit databases (user PGUSER or postgres, password"
                    + " PGPASSWORD; default: ${DEFAULT-VALUE}).")
    String url;

    public String url() {
        return url;
    }

    /** The server, its user and password from the environment; a malformed URL is an IllegalArgumentException. */
    public PostgresServer server() {
        return PostgresServer.fromEnvironment(url);
    }
}

package vn.kyluat.etl.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import vn.kyluat.contract.ConfigException;
import vn.kyluat.contract.Relation;
import vn.kyluat.contract.manifest.RunManifest;
import vn.kyluat.etl.config.JdbcTarget;
import vn.kyluat.etl.support.Pipelines;
import vn.kyluat.etl.support.PostgresDatabases;
import vn.kyluat.etl.support.Province;
import vn.kyluat.etl.support.UnitDatabase;

/** A relation's SQL cannot write to a PostgreSQL unit system, through either source type. */
class ReadOnlySourceIntegrationTests {
    /** Closes the extraction's own parenthesis, commits its read-only transaction and writes. */
    static final String INJECTION = "SELECT * FROM task) s; COMMIT; %s; SELECT * FROM (SELECT * FROM task";

    @TempDir
    Path dir;

    final PostgresDatabases postgres = new PostgresDatabases();
    String unit;

    @BeforeEach
    void province() {
        unit = postgres.create("unit_ro");
        postgres.execute(unit, UnitDatabase.referenceSchema() + Province.REGISTRY + Province.UNIT + """
        CREATE TABLE x (n int);
        CREATE TABLE audit (n int);
        CREATE FUNCTION scribble() RETURNS int LANGUAGE plpgsql AS $$ BEGIN INSERT INTO audit VALUES (1); RETURN 1; END $$;
        """);
    }

    @AfterEach
    void drop() {
        postgres.dropAll();
    }

    private Path config(String type, String taskSql) {
        return Pipelines.write(dir, """
        sources:
          - id: unit
            type: %s
            registry: true
            url: "%s"
            user: %s
            relations:
              task: "%s"
        """.formatted(type, postgres.url(unit), postgres.user(), taskSql));
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgres", "jdbc"})
    void anInjectedStatementIsRefusedAtConfigurationAndTheTableStays(String type) throws SQLException {
        Path config = config(type, INJECTION.formatted("DROP TABLE x"));

        assertThatThrownBy(() -> Pipelines.extract(config))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(":8: sources[0].relations.task: the SQL must be exactly one SELECT");
        assertThat(count("SELECT count(*) FROM information_schema.tables WHERE table_name = 'x'"))
                .isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgres", "jdbc"})
    void aSelectCallingAFunctionThatWritesFailsItsSourceAndWritesNothing(String type) throws SQLException {
        RunManifest manifest = Pipelines.extract(config(type, "SELECT * FROM task WHERE scribble() = 1"))
                .manifest();

        assertThat(manifest.sources().get(0).error()).contains("read-only transaction");
        assertThat(count("SELECT count(*) FROM audit")).isZero();
    }

    /** Past the configuration check (as a reader would be called by code), the session itself stays read-only. */
    @ParameterizedTest
    @ValueSource(strings = {"postgres", "jdbc"})
    void evenAnInjectedCommitCannotWriteBecauseTheSessionIsReadOnly(String type) throws SQLException {
        JdbcTarget target = new JdbcTarget(postgres.url(unit), postgres.user(), System.getenv("PGPASSWORD"));
        String mapping = INJECTION.formatted("INSERT INTO audit VALUES (2)");
        SourceSnapshot snapshot = new SourceSnapshot("unit", target);
        RelationReader reader = type.equals("postgres")
                ? new PostgresCopyRelationReader(snapshot, Relation.TASK, mapping)
                : new JdbcRelationReader("unit", target, Relation.TASK, mapping, 100);
        ExecutionContext context = new ExecutionContext();
        new ExtractionPlan(false, null, null).store(context);

        Throwable thrown = catchThrowable(() -> {
            try {
                reader.open(context);
                while (reader.read() != null) {
                    // drain
                }
            } finally {
                reader.close();
                snapshot.close();
            }
        });

        assertThat(count("SELECT count(*) FROM audit")).isZero();
        assertThat(thrown).rootCause().hasMessageContaining("read-only transaction");
    }

    private long count(String sql) throws SQLException {
        try (Connection connection =
                        DriverManager.getConnection(postgres.url(unit), postgres.user(), System.getenv("PGPASSWORD"));
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}

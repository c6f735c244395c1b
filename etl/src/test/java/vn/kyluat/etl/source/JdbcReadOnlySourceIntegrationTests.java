package vn.kyluat.etl.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kyluat.contract.manifest.RunManifest;
import vn.kyluat.etl.support.MariaDatabases;
import vn.kyluat.etl.support.Pipelines;
import vn.kyluat.etl.support.Province;

/** A {@code jdbc} source other than PostgreSQL (MariaDB) is read on a read-only connection too: its SQL cannot write. */
class JdbcReadOnlySourceIntegrationTests {
    @TempDir
    Path dir;

    final MariaDatabases mariadb = new MariaDatabases();

    @AfterEach
    void drop() {
        mariadb.dropAll();
    }

    /** The audit table is not transactional (MyISAM): only a read-only session keeps it unwritten, the reader's rollback cannot. */
    @Test
    void aSelectCallingAFunctionThatWritesFailsItsSourceAndWritesNothing() throws SQLException {
        String unit = mariadb.create("unit_ro");
        mariadb.execute(unit, MariaDatabases.referenceSchema() + Province.REGISTRY + """
        CREATE TABLE audit (n INT) ENGINE=MyISAM;
        CREATE FUNCTION scribble() RETURNS INT MODIFIES SQL DATA BEGIN INSERT INTO audit VALUES (1); RETURN 1; END;
        """);
        Path config = Pipelines.write(dir, """
        sources:
          - id: unit
            type: jdbc
            registry: true
            url: "%s"
            user: %s
            relations:
              org_unit: "SELECT * FROM org_unit WHERE scribble() = 1"
        """.formatted(mariadb.url(unit), mariadb.user()));

        RunManifest manifest = Pipelines.extract(config).manifest();

        try (Connection connection = DriverManager.getConnection(
                        mariadb.url(unit), mariadb.user(), System.getenv("MARIADB_PASSWORD"));
                Statement statement = connection.createStatement();
                ResultSet audit = statement.executeQuery("SELECT count(*) FROM audit")) {
            audit.next();
            assertThat(audit.getLong(1))
                    .as("rows the extraction's SQL wrote into the unit system")
                    .isZero();
        }
        assertThat(manifest.sources().get(0).error()).containsIgnoringCase("read only transaction");
    }
}

package vn.kyluat.etl.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** A unit system for tests: an H2 file database in PostgreSQL mode holding the reference schema. */
public record UnitDatabase(String url) {

    public static UnitDatabase create(Path dir, String name) {
        UnitDatabase unit = new UnitDatabase(
                "jdbc:h2:file:" + dir.resolve(name).toAbsolutePath() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
        unit.execute(referenceSchema());
        return unit;
    }

    public static String referenceSchema() {
        return resource("/reference/schema.sql");
    }

    /** A text resource of the classpath (a reference schema). */
    static String resource(String name) {
        try (InputStream in = UnitDatabase.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs statements separated by semicolons at line ends. */
    public void execute(String script) {
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement()) {
            for (String sql : script.split(";\\s*(\\n|$)")) {
                String withoutComments =
                        sql.lines().filter(l -> !l.trim().startsWith("--")).reduce("", (a, l) -> a + l + "\n");
                if (!withoutComments.isBlank()) {
                    statement.execute(withoutComments);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

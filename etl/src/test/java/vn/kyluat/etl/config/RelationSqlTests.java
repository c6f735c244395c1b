package vn.kyluat.etl.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.kyluat.contract.ConfigException;
import vn.kyluat.contract.Relation;

/** A relation's SQL is one read-only SELECT, or the configuration is refused with file, line and what was found. */
class RelationSqlTests {
    @TempDir
    Path dir;

    private Path config(String sql) throws Exception {
        return Files.writeString(dir.resolve("pipeline.yaml"), """
        sources:
          - id: registry
            type: jdbc
            registry: true
            url: jdbc:h2:mem:x
            relations:
              task: "%s"
        """.formatted(sql.replace("\"", "\\\"")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
      SELECT * FROM t) s; COMMIT; DROP TABLE x; SELECT * FROM (SELECT * FROM t | SQL that cannot be read as one SELECT (Encountered unexpected token: ")" at line 1, column 16)
      SELECT * FROM t; DROP TABLE x                                        | 2 statements (SELECT, DROP TABLE)
      SELECT 1; COMMIT; DELETE FROM task                                   | 3 statements (SELECT, COMMIT, DELETE FROM)
      DROP TABLE task                                                      | DROP TABLE
      UPDATE task SET title = 'x'                                          | UPDATE
      SELECT * INTO copy FROM task                                         | SELECT ... INTO
      SELECT * FROM task FOR UPDATE                                        | FOR UPDATE
      SELECT * FROM task FOR SHARE                                         | FOR SHARE
      SELECT * FROM (SELECT * FROM task FOR UPDATE) s                      | FOR UPDATE
      SELECT * FROM a UNION ALL SELECT * INTO b FROM c                     | SELECT ... INTO
      WITH gone AS (DELETE FROM task RETURNING *) SELECT * FROM gone       | a data-modifying WITH (DELETE FROM)
      WITH n AS (INSERT INTO task (task_code) VALUES ('x') RETURNING *) SELECT * FROM n | a data-modifying WITH (INSERT INTO)
      """)
    void anythingButOneReadOnlySelectIsRefusedWithFileLineAndWhatWasFound(String sql, String found) throws Exception {
        Path file = config(sql);
        assertThatThrownBy(() -> ExtractConfigReader.read(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(file.toAbsolutePath()
                        + ":7: sources[0].relations.task: the SQL must be exactly one SELECT (or WITH ... SELECT); found "
                        + found);
    }

    /** JSqlParser 5.3 leaves its parsing thread running after a failure, which kept a JVM from exiting. */
    @Test
    void aRefusalLeavesNoThreadRunning() throws Exception {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        Path file = config("SELECT 1) s");
        assertThatThrownBy(() -> ExtractConfigReader.read(file)).isInstanceOf(ConfigException.class);

        assertThat(Thread.getAllStackTraces().keySet())
                .filteredOn(t -> !t.isDaemon() && !before.contains(t))
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
      SELECT code AS task_code, ten AS title FROM "Nhiệm_vụ" WHERE trang_thai <> 'huy'
      WITH t AS (SELECT * FROM task) SELECT * FROM t
      SELECT * FROM a UNION ALL SELECT * FROM b
      SELECT t.*, e.x FROM task t JOIN (SELECT task_code, max(x) AS x FROM ev GROUP BY task_code) e ON e.task_code = t.task_code
      SELECT CAST(NULL AS text) AS origin_ref, updated_at::timestamptz AS updated_at FROM task
      """)
    void oneSelectIsKept(String sql) throws Exception {
        assertThat(ExtractConfigReader.read(config(sql)).sources().get(0).sqlOverride(Relation.TASK))
                .contains(sql);
    }
}

package vn.kyluat.etl.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kyluat.contract.ConfigException;
import vn.kyluat.contract.Relation;

class ExtractConfigReaderTests {
    @TempDir
    Path dir;

    private Path write(String yaml) throws Exception {
        return Files.writeString(dir.resolve("pipeline.yaml"), yaml);
    }

    @Test
    void aFullConfigurationIsRead() throws Exception {
        ExtractConfig config = ExtractConfigReader.read(write("""
        lake: data/lake
        marts: marts
        extract:
          parallelism: 3
          chunk_size: 1000
          key_census: false
        sources:
          - id: registry
            type: postgres
            registry: true
            url: jdbc:postgresql://127.0.0.1:5432/kyluat_registry
            user: postgres
            relations:
              org_unit: SELECT code AS org_code FROM units
          - id: unit-csv
            type: csv
            path: units/unit-csv
        """));

        assertThat(config.lakeRoot())
                .isEqualTo(dir.resolve("data/lake").toAbsolutePath().normalize());
        assertThat(config.tuning())
                .isEqualTo(new ExtractTuning(
                        3,
                        1000,
                        ExtractTuning.DEFAULT.fetchSize(),
                        ExtractTuning.DEFAULT.lookback(),
                        ExtractTuning.DEFAULT.eventLookback(),
                        ExtractTuning.DEFAULT.orphanRetryRuns(),
                        false));
        assertThat(config.jobRepository().url())
                .startsWith(
                        "jdbc:h2:file:" + dir.resolve("batch/job-repository").toAbsolutePath());
        assertThat(config.sources()).extracting(SourceConfig::id).containsExactly("registry", "unit-csv");
        assertThat(config.sources().get(0).sqlOverride(Relation.ORG_UNIT))
                .contains("SELECT code AS org_code FROM units");
        assertThat(config.sources().get(1).csvFolder())
                .isEqualTo(dir.resolve("units/unit-csv").toAbsolutePath().normalize());
    }

    @Test
    void theReadWindowsAndOrphanRetriesAreRead() throws Exception {
        ExtractConfig config = ExtractConfigReader.read(write("""
        extract: {lookback: 90m, event_lookback: 500, orphan_retry_runs: 0}
        sources:
          - id: unit-a
            type: csv
            registry: true
            path: a
        """));

        assertThat(config.tuning())
                .extracting(ExtractTuning::lookback, ExtractTuning::eventLookback, ExtractTuning::orphanRetryRuns)
                .containsExactly(java.time.Duration.ofMinutes(90), 500L, 0);
    }

    @Test
    void aLookbackThatIsNotADurationNamesItsLine() throws Exception {
        Path file = write("""
        extract:
          lookback: 2 hours
        sources:
          - id: unit-a
            type: csv
            registry: true
            path: a
        """);
        assertThatThrownBy(() -> ExtractConfigReader.read(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(
                        ":2: extract.lookback: must be a duration such as 90s, 30m, 2h or 1d, got '2 hours'");
    }

    @Test
    void aDuplicateSourceIdNamesBothLines() throws Exception {
        Path file = write("""
        sources:
          - id: unit-a
            type: csv
            registry: true
            path: a
          - id: unit-a
            type: csv
            path: b
        """);
        assertThatThrownBy(() -> ExtractConfigReader.read(file))
                .isInstanceOf(ConfigException.class)
                .hasMessage(file.toAbsolutePath()
                        + ":6: sources[1].id: source id 'unit-a' is given twice, first at line 2");
    }

    @Test
    void anUnknownKeyIsNamedWithItsLine() throws Exception {
        Path file = write("""
        sources:
          - id: unit-a
            type: csv
            registry: true
            folder: a
        """);
        assertThatThrownBy(() -> ExtractConfigReader.read(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(file.toAbsolutePath() + ":5: sources[0].folder: unknown key 'folder'");
    }

    @Test
    void aMissingPasswordVariableIsAnError() throws Exception {
        Path file = write("""
        sources:
          - id: registry
            type: postgres
            registry: true
            url: jdbc:postgresql://127.0.0.1:5432/x
            password_env: KYLUAT_SURELY_UNSET_VARIABLE
        """);
        assertThatThrownBy(() -> ExtractConfigReader.read(file))
                .hasMessage(
                        file.toAbsolutePath()
                                + ":6: sources[0].password_env: environment variable 'KYLUAT_SURELY_UNSET_VARIABLE' is not set");
    }

    @Test
    void anUnknownRelationOrTypeIsAnError() throws Exception {
        Path relation = write("""
        sources:
          - id: registry
            type: jdbc
            registry: true
            url: jdbc:h2:mem:x
            relations:
              tasks: SELECT 1
        """);
        assertThatThrownBy(() -> ExtractConfigReader.read(relation))
                .hasMessageContaining(":7: sources[0].relations.tasks: unknown relation 'tasks'");
        Path type = write("""
        sources:
          - id: registry
            type: mysql
            registry: true
        """);
        assertThatThrownBy(() -> ExtractConfigReader.read(type))
                .hasMessageContaining(":3: sources[0].type: unknown source type 'mysql'");
    }

    @Test
    void registryRelationsAreOnlyMappedForRegistrySourcesAndOneRegistryIsNeeded() throws Exception {
        Path mapped = write("""
        sources:
          - id: unit-a
            type: jdbc
            url: jdbc:h2:mem:x
            relations:
              staff: SELECT 1
        """);
        assertThatThrownBy(() -> ExtractConfigReader.read(mapped))
                .hasMessageContaining("staff is read from registry sources only");
        Path noRegistry = write("""
        sources:
          - id: unit-a
            type: csv
            path: a
        """);
        assertThatThrownBy(() -> ExtractConfigReader.read(noRegistry))
                .hasMessageContaining("must be the organisation registry");
    }

    @Test
    void topLevelKeysOfOtherStagesAreAllowedButUnknownOnesAreNot() throws Exception {
        Path file = write("""
        analytics: {}
        report: {}
        extracts: {}
        sources: []
        """);
        assertThatThrownBy(() -> ExtractConfigReader.read(file))
                .hasMessageContaining(":3: extracts: unknown key 'extracts'");
    }

    @Test
    void keepsNamesTheRelationsAUnitHoldsAndRefusesSqlForOthers() throws Exception {
        ExtractConfig config = ExtractConfigReader.read(write("""
        sources:
          - id: registry
            type: jdbc
            registry: true
            url: jdbc:h2:mem:registry
            keeps: [org_unit, staff]
        """));
        assertThat(config.sources().get(0).keeps()).containsExactlyInAnyOrder(Relation.ORG_UNIT, Relation.STAFF);

        Path file = write("""
        sources:
          - id: registry
            type: jdbc
            registry: true
            url: jdbc:h2:mem:registry
            keeps: [org_unit, staff, tasks]
        """);
        assertThatThrownBy(() -> ExtractConfigReader.read(file))
                .hasMessage(
                        file.toAbsolutePath() + ":6: sources[0].keeps[2]:"
                                + " unknown relation 'tasks'; expected one of [org_unit, staff, task, task_event, discipline_action, inspection_finding]");

        Path sqlNotKept = write("""
        sources:
          - id: registry
            type: jdbc
            registry: true
            url: jdbc:h2:mem:registry
            keeps: [org_unit, staff]
            relations:
              task: SELECT * FROM cong_viec
        """);
        assertThatThrownBy(() -> ExtractConfigReader.read(sqlNotKept))
                .hasMessage(sqlNotKept.toAbsolutePath()
                        + ":8: sources[0].relations.task: task has SQL but is not in this source's 'keeps' list");
    }

    @Test
    void csvOptionsAreReadAndCheckedAndApplyToCsvSourcesOnly() throws Exception {
        ExtractConfig config = ExtractConfigReader.read(write("""
        sources:
          - id: unit-csv
            type: csv
            registry: true
            path: units
            encoding: windows-1258
            delimiter: semicolon
        """));
        assertThat(config.sources().get(0).csv())
                .isEqualTo(new CsvOptions(java.nio.charset.Charset.forName("windows-1258"), ';'));

        Path badDelimiter = write("""
        sources:
          - id: unit-csv
            type: csv
            registry: true
            path: units
            delimiter: pipe
        """);
        assertThatThrownBy(() -> ExtractConfigReader.read(badDelimiter))
                .hasMessage(
                        badDelimiter.toAbsolutePath()
                                + ":6: sources[0].delimiter: unknown delimiter 'pipe'; expected one of [comma, semicolon, tab]");

        Path jdbcEncoding = write("""
        sources:
          - id: registry
            type: jdbc
            registry: true
            url: jdbc:h2:mem:registry
            encoding: UTF-8
        """);
        assertThatThrownBy(() -> ExtractConfigReader.read(jdbcEncoding))
                .hasMessage(jdbcEncoding.toAbsolutePath()
                        + ":6: sources[0].encoding: 'encoding' applies to csv sources only; a jdbc source needs 'url'");
    }
}

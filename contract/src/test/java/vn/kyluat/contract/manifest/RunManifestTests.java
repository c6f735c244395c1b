package vn.kyluat.contract.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one record both stages use: what etl writes, analytics reads back field for field. */
class RunManifestTests {
    @TempDir
    Path dir;

    private static final RelationReport TASKS = new RelationReport(
            "task",
            "COMPLETED",
            "incremental",
            "2026-11-25T10:00:00Z",
            "2026-11-26T10:00:00Z",
            10,
            9,
            1,
            Map.of("missing_required", 1L),
            2,
            "v-r1",
            1.5,
            0.25,
            0);

    @Test
    void whatEtlWritesIsWhatAnalyticsReads() throws IOException {
        RunManifest written = new RunManifest(
                "r1",
                "2026-11-26T01:02:03Z",
                "2026-11-26T01:05:00Z",
                RunManifest.PARTIAL,
                List.of(
                        new SourceReport("unit-a", "postgres", SourceReport.COMPLETED, null, List.of(TASKS)),
                        new SourceReport("unit-b", "csv", SourceReport.FAILED, "folder not found", List.of())));
        Path file = dir.resolve("_runs/r1/manifest.json");
        written.write(file);

        String json = Files.readString(file);
        assertThat(json).contains("\"run_id\"", "\"rejected_by_rule\"", "\"census_keys_read\"");
        RunManifest read = RunManifest.parse(file.toString(), json);
        assertThat(read).isEqualTo(written).isEqualTo(RunManifest.read(file));
        assertThat(read.started()).isEqualTo(Instant.parse("2026-11-26T01:02:03Z"));
    }

    @Test
    void aManifestOfAnEarlierEtlWithoutTheNewerFieldsStillReads() {
        RunManifest read = RunManifest.parse("old.json", """
            {"run_id":"r","started_at":"2026-11-26T01:02:03+07:00","status":"COMPLETED","written_by":"etl 0.1",
             "sources":[{"source_id":"a","status":"COMPLETED",
               "relations":[{"relation":"task","read":3,"accepted":3,"rejected":0}]}]}""");

        RelationReport task = read.sources().get(0).relations().get(0);
        assertThat(task.deleted()).isZero();
        assertThat(task.rejectedByRule()).isEmpty();
        assertThat(read.started()).isEqualTo(Instant.parse("2026-11-25T18:02:03Z"));
    }

    @Test
    void aBrokenManifestIsRefusedNamingTheFileAndWhatIsWrong() {
        assertThatThrownBy(() -> RunManifest.parse("lake/_runs/r/manifest.json", """
                    {"run_id":"r","started_at":"2026-11-26T01:02:03Z","status":"COMPLETED",
                     "sources":[{"source_id":"a","status":"COMPLETED","relations":[{"relation":"task","read":"ten"}]}]}"""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "lake/_runs/r/manifest.json: not a valid run manifest: 'read' of relation task is not a count");
        assertThatThrownBy(() -> RunManifest.parse("m.json", """
                    {"run_id":"r","started_at":"2026-11-26T01:02:03Z","status":"COMPLETED",
                     "sources":[{"source_id":"a","status":"COMPLETED",
                       "relations":[{"relation":"task","read":3,"accepted":1,"rejected":1}]}]}"""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("m.json: not a valid run manifest")
                .hasMessageContaining("read 3 rows but accepted 1 and rejected 1");
        assertThatThrownBy(() -> RunManifest.parse("m.json", "{\"run_id\":\"r\",\"status\":\"COMPLETED\"}"))
                .hasMessage("m.json: not a valid run manifest: 'started_at' is missing");
    }
}

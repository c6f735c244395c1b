package vn.kyluat.analytics.lake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.kyluat.contract.manifest.RelationReport;
import vn.kyluat.contract.manifest.RunManifest;
import vn.kyluat.contract.manifest.SourceReport;

class RunManifestTests {
    static final String PARTIAL_RUN = """
      {"run_id":"20261126-010203","started_at":"2026-11-26T01:02:03Z","finished_at":"2026-11-26T01:05:00Z",
       "status":"PARTIAL","written_by":"etl 0.1",
       "sources":[
         {"source_id":"unit-a","type":"jdbc","status":"COMPLETED","error":null,
          "relations":[{"relation":"task","mode":"incremental","watermark_before":null,
                        "watermark_after":"2026-11-25T10:00:00Z","read":10,"accepted":9,"rejected":1,
                        "rejected_by_rule":{"missing_required":1},"version":"v-20261126-010203"}]},
         {"source_id":"unit-b","type":"csv","status":"FAILED","error":"folder /data/unit-b not found",
          "relations":[]}]}
      """;

    @Test
    void aManifestGivesEachSourceAndRelationWithItsCounts() {
        RunManifest run = LakeReader.manifest("_runs/x/manifest.json", PARTIAL_RUN);

        assertThat(run.runId()).isEqualTo("20261126-010203");
        assertThat(run.started()).isEqualTo(Instant.parse("2026-11-26T01:02:03Z"));
        assertThat(run.status()).isEqualTo("PARTIAL");
        assertThat(run.sources())
                .extracting(SourceReport::sourceId, SourceReport::failed)
                .containsExactly(tuple("unit-a", false), tuple("unit-b", true));
        RelationReport task = run.sources().get(0).relations().get(0);
        assertThat(task)
                .isEqualTo(new RelationReport(
                        "task",
                        null,
                        "incremental",
                        null,
                        "2026-11-25T10:00:00Z",
                        10,
                        9,
                        1,
                        Map.of("missing_required", 1L),
                        0,
                        "v-20261126-010203",
                        0,
                        0,
                        0));
        assertThat(run.sources().get(1).error()).isEqualTo("folder /data/unit-b not found");
    }

    @Test
    void aManifestWithoutCountsIsAnErrorNamingTheFile() {
        String broken = """
        {"run_id":"r","started_at":"2026-11-26T01:02:03Z","status":"COMPLETED",
         "sources":[{"source_id":"a","status":"COMPLETED","relations":[{"relation":"task","read":"ten"}]}]}""";

        assertThatThrownBy(() -> LakeReader.manifest("lake/_runs/r/manifest.json", broken))
                .isInstanceOf(LakeContractException.class)
                .hasMessageContaining("lake/_runs/r/manifest.json")
                .hasMessageContaining("'read' of relation task is not a count");
    }
}

package vn.kyluat.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kyluat.analytics.AnalysisRun.PublishedMart;
import vn.kyluat.analytics.AnalysisRun.Summary;
import vn.kyluat.analytics.config.AnalyticsConfig;
import vn.kyluat.analytics.marts.MartsNotWritableException;
import vn.kyluat.contract.Mart;
import vn.kyluat.contract.MartsLayout.Pointer;

class AnalysisRunTests {
    private final SparkSession spark = SparkTestSession.get();

    @TempDir
    Path dir;

    private final ByteArrayOutputStream progress = new ByteArrayOutputStream();

    private Summary analyze() throws Exception {
        Path config = dir.resolve("pipeline.yaml");
        Files.writeString(config, "lake: lake\nmarts: marts\n");
        return new AnalysisRun(
                        spark, AnalyticsConfig.load(config), new PrintStream(progress, true, StandardCharsets.UTF_8))
                .run();
    }

    /** The folder of the set the marts pointer names. */
    private Path currentSet() throws Exception {
        return Path.of(Pointer.parse(Files.readString(dir.resolve("marts/_current")))
                .setDir(dir.resolve("marts").toString()));
    }

    private long rows(Summary summary, Mart mart) {
        return summary.marts().stream()
                .map(PublishedMart::published)
                .filter(p -> p.mart() == mart)
                .findFirst()
                .orElseThrow()
                .rows();
    }

    @Test
    void everyMartIsPublishedWithItsCsvForTheQuartersTheLakeCovers() throws Exception {
        SampleLake.write(spark, dir.resolve("lake").toString());

        Summary summary = analyze();

        assertThat(summary.quarters()).extracting(Object::toString).containsExactly("2024Q1", "2024Q2", "2024Q3");
        assertThat(summary.marts()).extracting(m -> m.published().mart()).containsExactly(Mart.values());
        assertThat(currentSet().getFileName().toString()).isEqualTo(summary.set());
        for (Mart mart : Mart.values()) {
            assertThat(currentSet().resolve(mart.martName())).isDirectory();
            List<String> csv = Files.readAllLines(currentSet().resolve("csv/" + mart.martName() + ".csv"));
            assertThat(csv.get(0)).isEqualTo(String.join(",", mart.columns()));
            assertThat(csv).hasSize((int) rows(summary, mart) + 1);
        }
        assertThat(rows(summary, Mart.DATA_QUALITY)).isEqualTo(SampleLake.DATA_QUALITY_ROWS);
        assertThat(rows(summary, Mart.REJECTS)).isEqualTo(SampleLake.REJECTS_OF_FINISHED_RUN);
    }

    @Test
    void aLakeWhoseLatestRunIsPartialIsAnalysedWithAWarningNamingTheFailedSource() throws Exception {
        SampleLake.write(spark, dir.resolve("lake").toString());

        Summary summary = analyze();

        assertThat(summary.lakeWarning())
                .hasValueSatisfying(warning -> assertThat(warning)
                        .contains(
                                "latest extraction run " + SampleLake.FINISHED_RUN + " is PARTIAL",
                                "sources that failed: unit-c"));
        assertThat(progress.toString(StandardCharsets.UTF_8)).contains("analyze: warning: the latest extraction run");
    }

    @Test
    void anUnwritableMartsLocationFailsBeforeTheLakeIsRead() throws Exception {
        Files.writeString(dir.resolve("marts"), "a file where the marts folder should be");

        assertThatThrownBy(this::analyze)
                .isInstanceOf(MartsNotWritableException.class)
                .hasMessageContaining("/marts cannot be written");
        assertThat(progress.toString(StandardCharsets.UTF_8)).doesNotContain("reading the lake");
    }

    @Test
    void theSameLakeGivesByteIdenticalCsvExports() throws Exception {
        SampleLake.write(spark, dir.resolve("lake").toString());
        analyze();
        byte[] first = Files.readAllBytes(currentSet().resolve("csv/data_quality.csv"));

        analyze();

        assertThat(Files.readAllBytes(currentSet().resolve("csv/data_quality.csv")))
                .isEqualTo(first);
        assertThat(new String(first, StandardCharsets.UTF_8))
                .contains(
                        "20241126-010000,2024-11-26T08:00:00+07:00,PARTIAL,unit-c,FAILED,Connection to 127.0.0.1:5439 refused,,,,,,");
    }
}

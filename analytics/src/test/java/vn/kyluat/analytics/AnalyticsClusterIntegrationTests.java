package vn.kyluat.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kyluat.analytics.lake.HadoopFiles;
import vn.kyluat.contract.Mart;
import vn.kyluat.contract.MartsLayout;
import vn.kyluat.contract.MartsLayout.Pointer;

/**
 * The job on a real cluster: executor processes of their own (Spark's local-cluster master, launched
 * as spark-submit would, through spark.* system properties) read the lake from HDFS and write the
 * marts to HDFS; the CSV exports must equal, byte for byte, those of an in-process local[2] run.
 * Runs in failsafe's JVM, apart from the unit tests' shared SparkSession: one SparkContext at a time.
 */
class AnalyticsClusterIntegrationTests {
    /** A few rows: compiling generated code and re-planning stages would cost more than they save. */
    private static final Map<String, String> SMALL_DATA =
            Map.of("spark.sql.codegen.wholeStage", "false", "spark.sql.adaptive.enabled", "false");

    private static MiniDFSCluster hdfs;
    private static String fs;

    @TempDir
    Path dir;

    @BeforeAll
    static void startHdfs(@TempDir Path base) throws Exception {
        Configuration conf = new Configuration();
        conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, base.toString());
        for (String key : new String[] {
            "dfs.namenode.rpc-address", "dfs.namenode.http-address", "dfs.namenode.https-address",
            "dfs.namenode.secondary.http-address", "dfs.datanode.address", "dfs.datanode.http.address",
            "dfs.datanode.https.address", "dfs.datanode.ipc.address"
        }) {
            conf.set(key, "127.0.0.1:0");
        }
        conf.setBoolean("dfs.permissions.enabled", false);
        hdfs = new MiniDFSCluster.Builder(conf).numDataNodes(1).format(true).build();
        hdfs.waitActive();
        fs = "hdfs://127.0.0.1:" + hdfs.getNameNodePort();
    }

    @AfterAll
    static void stopHdfs() {
        if (hdfs != null) {
            hdfs.shutdown();
        }
    }

    @Test
    void martsComputedByExecutorProcessesOnHdfsEqualThoseOfALocalRun() throws Exception {
        writeLakeOnHdfs();
        Files.createDirectories(Path.of(System.getenv("SPARK_HOME")));

        Map<String, String> submitted = new LinkedHashMap<>();
        submitted.put("spark.master", "local-cluster[2,1,1024]");
        submitted.put("spark.executor.extraClassPath", System.getProperty("java.class.path"));
        submitted.put("spark.ui.enabled", "false");
        submitted.put("spark.driver.host", "127.0.0.1");
        // Every executor is on this machine: waiting for a "better" one to place a task only costs time.
        submitted.put("spark.locality.wait", "0");
        submitted.putAll(SMALL_DATA);
        Path clusterConfig = config("cluster");
        int cluster = withSystemProperties(
                submitted, () -> AnalyticsMain.execute("analyze", "--config", clusterConfig.toString()));
        Path localConfig = config("local");
        int local = withSystemProperties(
                SMALL_DATA,
                () -> AnalyticsMain.execute("analyze", "--config", localConfig.toString(), "--master", "local[2]"));

        // The sample lake's latest extraction run is PARTIAL: both runs publish and say so with exit code 3.
        assertThat(cluster).isEqualTo(AnalyticsMain.PARTIAL);
        assertThat(local).isEqualTo(AnalyticsMain.PARTIAL);
        for (Mart mart : Mart.values()) {
            assertThat(csv(mart, "cluster")).as(mart.martName()).isEqualTo(csv(mart, "local"));
        }
        assertThat(csv(Mart.DATA_QUALITY, "cluster").lines()).hasSize(SampleLake.DATA_QUALITY_ROWS + 1);
        assertThat(csv(Mart.REJECTS, "cluster").lines()).hasSize(SampleLake.REJECTS_OF_FINISHED_RUN + 1);
    }

    private static void writeLakeOnHdfs() {
        SparkSession writer = SparkSession.builder()
                .master("local[1]")
                .appName("lake-writer")
                .config("spark.ui.enabled", false)
                .config("spark.driver.host", "127.0.0.1")
                .getOrCreate();
        try {
            SampleLake.write(writer, fs + "/lake");
        } finally {
            writer.stop();
        }
    }

    private Path config(String run) throws Exception {
        Path file = dir.resolve(run + ".yaml");
        Files.writeString(
                file,
                "lake: " + fs + "/lake\nmarts: " + fs + "/marts-" + run + "\n"
                        + "analytics:\n  shuffle_partitions: 2\n");
        return file;
    }

    /** The mart's CSV export in the set the run's marts pointer names. */
    private String csv(Mart mart, String run) {
        HadoopFiles files = new HadoopFiles(new Configuration());
        String marts = fs + "/marts-" + run;
        String set = files.readText(MartsLayout.pointer(marts))
                .map(Pointer::parse)
                .map(p -> p.setDir(marts))
                .orElseThrow(() -> new AssertionError("no marts pointer in the " + run + " run"));
        return files.readText(mart.csvPath(set))
                .orElseThrow(() -> new AssertionError("no CSV for " + mart.martName() + " in the " + run + " run"));
    }

    private static int withSystemProperties(Map<String, String> properties, java.util.function.IntSupplier action) {
        properties.forEach(System::setProperty);
        try {
            return action.getAsInt();
        } finally {
            properties.keySet().forEach(System::clearProperty);
        }
    }
}

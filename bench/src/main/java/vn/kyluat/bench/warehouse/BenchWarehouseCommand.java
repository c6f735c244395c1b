package vn.kyluat.bench.warehouse;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Option;
import vn.kyluat.contract.Mart;
import vn.kyluat.warehouse.MartLocation;
import vn.kyluat.warehouse.WarehouseConfig;
import vn.kyluat.warehouse.WarehouseLoader;

@Command(
        name = "warehouse",
        mixinStandardHelpOptions = true,
        description = {
            "Loads the configuration's marts into its warehouse, then copies the same rows from the marts'",
            "CSV exports with psql's own \\copy ... FROM into tables of the same columns and types, in the",
            "same run, and prints rows per second of both. Target: the loader's COPY at >= 0.7x of psql's.",
            "The marts must be local (psql reads the CSV exports); rejects are left out of the comparison",
            "(the warehouse does not load their raw values). Both sides do the same work per mart: a table created",
            "in the transaction of its COPY, rows written FREEZE, no key or index during the COPY (the loader adds",
            "its keys afterwards, outside its timed COPY; psql's time includes starting psql and connecting), and",
            "a CHECKPOINT before each side, so that neither pays for the other's WAL.",
            "Exit codes: 0 target met, 1 missed or failed, 2 usage.",
            "Example: ./ops bench warehouse --tasks 1000000 (ops makes the lake, the marts and the configuration first)"
        })
public final class BenchWarehouseCommand implements Callable<Integer> {
    private static final double TARGET = 0.7;
    private static final String BENCH_SCHEMA_SUFFIX = "_bench_psql";

    @Option(
            names = "--config",
            required = true,
            paramLabel = "FILE",
            description = "a pipeline configuration with marts and a warehouse section")
    Path config;

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        WarehouseConfig warehouse = WarehouseConfig.read(config).orElse(null);
        if (warehouse == null) {
            System.err.println("bench-warehouse: " + config + " has no 'warehouse:' section");
            return ExitCode.USAGE;
        }
        checkpoint(warehouse, out);
        WarehouseLoader.Loaded loaded =
                new WarehouseLoader(warehouse, new Configuration(), line -> out.println("  " + line)).load();
        long loadedRows = loaded.rows();

        String set = MartLocation.publishedSet(new Configuration(), warehouse.martsRoot());
        String psqlSchema = warehouse.schema() + BENCH_SCHEMA_SUFFIX;
        long psqlRows = 0;
        double psqlSeconds = 0;
        try (Connection connection = warehouse.connect();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + psqlSchema + " CASCADE");
            statement.execute("CREATE SCHEMA " + psqlSchema);
            checkpoint(warehouse, out);
            try {
                for (Mart mart : Mart.values()) {
                    if (mart == Mart.REJECTS) {
                        continue;
                    }
                    double seconds = psqlCopy(
                            warehouse,
                            psqlSchema + "." + mart.martName(),
                            warehouse.schema() + "." + mart.martName(),
                            Path.of(mart.csvPath(set)));
                    long rows = loaded.tables().get(mart.martName()).rows();
                    out.printf(
                            Locale.ROOT, "  psql \\copy %-24s %,12d rows in %6.1f s%n", mart.martName(), rows, seconds);
                    psqlRows += rows;
                    psqlSeconds += seconds;
                }
            } finally {
                statement.execute("DROP SCHEMA " + psqlSchema + " CASCADE");
            }
        }
        WarehouseLoader.TableLoad rejects = loaded.tables().get(Mart.REJECTS.martName());
        double loaderCopySeconds = loaded.copySeconds() - rejects.copySeconds();
        double loaderRate = (loadedRows - rejects.rows()) / loaderCopySeconds;
        double psqlRate = psqlRows / psqlSeconds;
        double ratio = loaderRate / psqlRate;
        out.printf(
                Locale.ROOT,
                "loader, whole load (keys, dimensions, comments, statistics): %,d rows in %.1f s = %,.0f rows/s%n",
                loadedRows,
                loaded.seconds(),
                loadedRows / loaded.seconds());
        out.printf(
                Locale.ROOT,
                "loader, COPY from Parquet (the same marts):                 %,.0f rows/s (copy phases: %.1f s)%n",
                loaderRate,
                loaderCopySeconds);
        out.printf(
                Locale.ROOT,
                "psql \\copy FROM the CSV exports (same rows, same types):    %,.0f rows/s (%.1f s)%n"
                        + "  (both: table created in the COPY's transaction, FREEZE, keys only after the timed COPY,"
                        + " a CHECKPOINT before each side)%n",
                psqlRate,
                psqlSeconds);
        out.printf(
                Locale.ROOT, "ratio %.2fx (target >= %.1fx): %s%n", ratio, TARGET, ratio >= TARGET ? "met" : "MISSED");
        return ratio >= TARGET ? ExitCode.OK : ExitCode.SOFTWARE;
    }

    /**
     * Starts each side with no dirty pages and no WAL of the other's waiting for a checkpoint: the loader, run
     * first, writes as much WAL as psql's copies, whose checkpoint would otherwise fall in psql's timing. Needs
     * the right to CHECKPOINT (a superuser or pg_checkpoint); without it the bench says so and goes on.
     */
    private static void checkpoint(WarehouseConfig warehouse, PrintStream out) {
        try (Connection connection = warehouse.connect();
                Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT");
        } catch (SQLException e) {
            out.println("  no CHECKPOINT before this side's copies ("
                    + e.getMessage().strip() + "): a checkpoint due to the other side's WAL may fall in its timing");
        }
    }

    /**
     * Runs psql's \copy of the CSV into a new table of the loaded one's columns and types, doing what the
     * loader does around its COPY: one transaction that creates the table (without keys: the loader adds them
     * after its timed COPY) and copies into it with FREEZE. Returns psql's wall time, its start and connection
     * included.
     */
    private static double psqlCopy(WarehouseConfig warehouse, String table, String like, Path csv)
            throws IOException, InterruptedException {
        if (!Files.isRegularFile(csv)) {
            throw new IllegalStateException(
                    "no CSV export at " + csv + ": the bench needs local marts with their CSV exports");
        }
        URI uri = URI.create(warehouse.url().substring("jdbc:".length()));
        List<String> command = new ArrayList<>(List.of(
                "psql",
                "-X",
                "-q",
                "-v",
                "ON_ERROR_STOP=1",
                "-h",
                uri.getHost(),
                "-p",
                String.valueOf(uri.getPort() < 0 ? 5432 : uri.getPort()),
                "-U",
                warehouse.user(),
                "-d",
                uri.getPath().substring(1),
                "-c",
                "BEGIN",
                "-c",
                "CREATE TABLE " + table + " (LIKE " + like + ")",
                "-c",
                "\\copy " + table + " FROM '" + csv + "' WITH (FORMAT csv, HEADER true, FREEZE)",
                "-c",
                "COMMIT"));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        if (warehouse.password() != null) {
            builder.environment().put("PGPASSWORD", warehouse.password());
        }
        long started = System.nanoTime();
        int code = builder.start().waitFor();
        double seconds = (System.nanoTime() - started) / 1e9;
        if (code != 0) {
            throw new IllegalStateException("psql \\copy into " + table + " exited " + code);
        }
        return seconds;
    }
}

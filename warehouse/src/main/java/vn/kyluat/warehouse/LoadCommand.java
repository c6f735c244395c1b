package vn.kyluat.warehouse;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.kyluat.contract.ConfigException;

@Command(
        name = "load",
        mixinStandardHelpOptions = true,
        description = {
            "Loads every mart into the PostgreSQL warehouse of the configuration's 'warehouse:' section:",
            "typed tables with primary keys, dimensions, views and comments, swapped in whole, so that",
            "queries see the previous warehouse until the new one is complete.",
            "Without a 'warehouse:' section there is nothing to do (exit 0).",
            "Exit codes: 0 loaded (or not configured), 1 failed (the previous warehouse is intact),",
            "2 usage or configuration error."
        })
final class LoadCommand implements Callable<Integer> {
    @Option(names = "--config", required = true, paramLabel = "FILE", description = "the pipeline configuration (YAML)")
    Path config;

    @Override
    public Integer call() {
        PrintStream err = System.err;
        Optional<WarehouseConfig> warehouse;
        try {
            warehouse = WarehouseConfig.read(config);
        } catch (ConfigException e) {
            err.println("warehouse: " + e.getMessage());
            return WarehouseMain.USAGE;
        }
        if (warehouse.isEmpty()) {
            err.println("warehouse: skipped: " + config + " has no 'warehouse:' section");
            return WarehouseMain.OK;
        }
        WarehouseLoader loader =
                new WarehouseLoader(warehouse.get(), new Configuration(), line -> err.println("warehouse: " + line));
        err.println("warehouse: loading " + warehouse.get().martsRoot() + " into " + warehouse.get());
        try {
            WarehouseLoader.Loaded loaded = loader.load();
            PrintStream out = System.out; // the summary; progress and failures go to stderr
            for (Map.Entry<String, WarehouseLoader.TableLoad> table :
                    loaded.tables().entrySet()) {
                out.printf(
                        "  %-26s %,12d rows%n", table.getKey(), table.getValue().rows());
            }
            out.printf(
                    "warehouse: schema %s loaded: %,d rows in %.1f s (metrics version %s)%n",
                    loaded.schema(),
                    loaded.rows(),
                    loaded.seconds(),
                    loaded.metricsVersion().orElse("none"));
            return WarehouseMain.OK;
        } catch (WarehouseLoader.LoadRefusedException | IllegalStateException | IllegalArgumentException e) {
            err.println("warehouse: " + e.getMessage() + " (the previous warehouse is unchanged)");
        } catch (SQLException e) {
            err.println("warehouse: the database refused the load: " + e.getMessage()
                    + " (the previous warehouse is unchanged)");
        }
        return WarehouseMain.FAILURE;
    }
}

package vn.kyluat.etl.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import vn.kyluat.etl.config.ExtractConfig;
import vn.kyluat.etl.config.ExtractConfigReader;
import vn.kyluat.etl.job.ExtractLauncher;
import vn.kyluat.etl.job.ExtractProgress;

/** Writes pipeline configurations for tests and runs the extraction on them. */
public final class Pipelines {
    private Pipelines() {}

    public static Path write(Path dir, String yaml) {
        try {
            Path file = dir.resolve("pipeline.yaml");
            Files.writeString(file, yaml);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ExtractLauncher.Outcome extract(Path config, Object... extraBeans) {
        ExtractConfig extract = ExtractConfigReader.read(config);
        return new ExtractLauncher(extract, new ExtractProgress(), List.of(extraBeans)).start();
    }

    /** A new run that publishes the named sources' shrunken reloads ({@code --accept-shrink}). */
    public static ExtractLauncher.Outcome extractAcceptingShrink(Path config, String... sources) {
        ExtractConfig extract = ExtractConfigReader.read(config).acceptingShrinkOf(Set.of(sources));
        return new ExtractLauncher(extract, new ExtractProgress(), List.of()).start();
    }

    /** A new run that reads the named sources whole ({@code --full --source ...}). */
    public static ExtractLauncher.Outcome extractWhole(Path config, String... sources) {
        return new ExtractLauncher(ExtractConfigReader.read(config), new ExtractProgress(), List.of())
                .startReadingWhole(Set.of(sources));
    }

    /** The extraction of a configuration as {@code ops extract} runs it, in a JVM of its own (to kill it, or give it an environment). */
    public static ProcessBuilder extractInItsOwnJvm(Path config) {
        return new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                vn.kyluat.etl.EtlMain.class.getName(),
                "extract",
                "--config",
                config.toString());
    }

    public static ExtractLauncher.Outcome restart(Path config, Object... extraBeans) {
        ExtractConfig extract = ExtractConfigReader.read(config);
        return new ExtractLauncher(extract, new ExtractProgress(), List.of(extraBeans)).restart();
    }
}

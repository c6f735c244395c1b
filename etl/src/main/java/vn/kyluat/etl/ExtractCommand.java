package vn.kyluat.etl;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.kyluat.contract.ConfigException;
import vn.kyluat.contract.WorkspaceLock;
import vn.kyluat.contract.manifest.RunManifest;
import vn.kyluat.contract.manifest.SourceReport;
import vn.kyluat.etl.config.ExtractConfig;
import vn.kyluat.etl.config.ExtractConfigReader;
import vn.kyluat.etl.config.SourceConfig;
import vn.kyluat.etl.job.ExtractLauncher;
import vn.kyluat.etl.job.ExtractProgress;
import vn.kyluat.etl.lake.RunRejects;

@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        description = {
            "Loads every configured unit system into the Parquet lake: checks each record",
            "(rejects go to lake/_rejects/<run-id>), publishes one version per source and",
            "relation, and writes lake/_runs/<run-id>/manifest.json last.",
            "Tasks and events are read past their watermark once published; a key census of the source",
            "then drops the rows deleted there. --full reads the named sources whole again, after a",
            "mapping or data fix: every row is checked again, so rows rejected before load if they pass now.",
            "Exit codes: 0 complete, 3 partial (some sources failed, or a shrunken reload or a census",
            "deleting past max_shrink was held back, or a relation's rejects passed max_rejected_share),",
            "1 failed, 2 usage or configuration error; 1 as well, at once, when another run holds the lake."
        },
        footer = {
            "",
            "Example: ./ops extract --config workspace/pipeline.yaml",
            "After fixing unit-b's mapping: ./ops extract --config workspace/pipeline.yaml --full --source unit-b"
        })
final class ExtractCommand implements Callable<Integer> {
    private static final int REJECT_SAMPLES = 3;

    @Option(names = "--config", required = true, paramLabel = "FILE", description = "the pipeline configuration (YAML)")
    Path config;

    @Option(
            names = "--restart",
            description = "resume the last run that did not complete (same run id; completed steps are kept)")
    boolean restart;

    @Option(names = "--debug", description = "on a failure, print the Java stack trace too")
    boolean debug;

    @Option(
            names = "--accept-shrink",
            paramLabel = "SOURCE",
            description =
                    "publish this source's whole reloads even when they shrink a published relation past max_shrink (repeatable)")
    List<String> acceptShrink = List.of();

    @Option(
            names = "--full",
            description = "read every relation of the sources named with --source (all sources when none is)"
                    + " whole, as a first load: after a mapping or data fix, to bring back rows rejected before")
    boolean full;

    @Option(names = "--source", paramLabel = "ID", description = "with --full: a source to read whole (repeatable)")
    List<String> wholeSources = List.of();

    @Option(
            names = "--progress-seconds",
            defaultValue = "5",
            paramLabel = "N",
            description = "seconds between progress lines (default: ${DEFAULT-VALUE})")
    int progressSeconds;

    @Override
    public Integer call() {
        PrintStream err = System.err;
        ExtractConfig extract;
        Set<String> readWhole;
        try {
            extract = ExtractConfigReader.read(config).acceptingShrinkOf(Set.copyOf(acceptShrink));
            readWhole = wholeReads(extract);
        } catch (ConfigException | IllegalArgumentException e) {
            err.println("extract: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        ExtractProgress progress = new ExtractProgress();
        ExtractLauncher launcher = new ExtractLauncher(extract, progress, List.of());
        ExtractLauncher.Outcome outcome;
        try (ProgressReporter reporter = ProgressReporter.start(progress, progressSeconds, err)) {
            outcome = restart ? launcher.restart() : launcher.startReadingWhole(readWhole);
        } catch (ExtractLauncher.RestartImpossibleException e) {
            err.println("extract: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (WorkspaceLock.HeldException e) {
            err.println("extract: not started: " + e.getMessage());
            return ExitCodes.FAILURE;
        } catch (RuntimeException e) {
            err.println("extract: " + e.getMessage());
            debug(e, err);
            return ExitCodes.FAILURE;
        }
        if (outcome.cause() != null) {
            debug(outcome.cause(), err);
        }
        return report(extract, outcome, System.out, err);
    }

    /** The sources --full reads whole: those named with --source, else all; none without --full. */
    private Set<String> wholeReads(ExtractConfig extract) {
        if (!full) {
            if (!wholeSources.isEmpty()) {
                throw new IllegalArgumentException("--source names the sources --full reads whole; add --full");
            }
            return Set.of();
        }
        if (restart) {
            throw new IllegalArgumentException(
                    "--full starts a new run; --restart resumes the last one as it was started");
        }
        extract.requireSources("--source", Set.copyOf(wholeSources));
        return wholeSources.isEmpty()
                ? extract.sources().stream().map(SourceConfig::id).collect(Collectors.toSet())
                : Set.copyOf(wholeSources);
    }

    private void debug(Throwable failure, PrintStream err) {
        if (debug) {
            failure.printStackTrace(err);
        }
    }

    /** The summary on stdout; what failed, and what to do about it, on stderr beside the progress. */
    private static int report(
            ExtractConfig extract, ExtractLauncher.Outcome outcome, PrintStream out, PrintStream err) {
        if (outcome.manifest() == null) {
            err.println("extract: run " + outcome.runId() + " failed before its manifest was written: "
                    + outcome.failure());
            err.println("extract: resume it with --restart");
            return ExitCodes.FAILURE;
        }
        RunManifest manifest = outcome.manifest();
        out.print(ExtractionSummaryTable.format(manifest));
        manifest.sources().stream()
                .filter(s -> s.error() != null)
                .forEach(s -> err.println(s.status().toLowerCase(Locale.ROOT) + ": " + s.error()));
        RunRejects rejects = RunRejects.of(extract.lakeRoot(), manifest.runId());
        if (rejects.any()) {
            out.println(
                    "rejects:  " + rejects.csv() + " (all of them); the first " + REJECT_SAMPLES + " of each rule:");
            rejects.firstOfEachRule(REJECT_SAMPLES)
                    .forEach((rule, first) -> out.println("  " + rule + ": " + String.join(" | ", first)));
        }
        out.println("lake:     " + extract.lakeRoot());
        out.println("manifest: " + outcome.manifestFile());
        out.println("run " + manifest.runId() + ": " + manifest.status()
                + (manifest.sources().stream().anyMatch(SourceReport::failed)
                        ? " (fix what failed, then resume the failed sources with --restart, or start a new run)"
                        : ""));
        return switch (manifest.status()) {
            case RunManifest.COMPLETED -> ExitCodes.OK;
            case RunManifest.PARTIAL -> ExitCodes.PARTIAL;
            default -> ExitCodes.FAILURE;
        };
    }
}

package vn.kyluat.reports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.kyluat.contract.Quarter;
import vn.kyluat.reports.config.ReportSettings;
import vn.kyluat.reports.drill.DrillDown;
import vn.kyluat.reports.marts.Marts;
import vn.kyluat.reports.marts.PublishedSet;
import vn.kyluat.reports.model.ReportContext;
import vn.kyluat.reports.persons.UnitPersons;
import vn.kyluat.reports.render.ReportRenderer;
import vn.kyluat.reports.text.Language;

/** {@code report}: renders one quarter's report for the bloc, or for one unit's subtree. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = {
            "Renders report.pdf, report.xlsx, index.html and charts/*.png|svg from the marts' CSV exports.",
            "Reads the CSV exports of the marts set <marts>/_current names; writes <reports>/<quarter>/ (or <reports>/<quarter>-<org>/ with --org)."
        },
        footer = {
            "Example (a unit's own report; names_in_unit_reports: true names its persons):",
            "  ./ops report --config workspace/pipeline.yaml --quarter 2024Q3 --org CS001"
        })
public final class ReportCommand implements Callable<Integer> {
    @Option(names = "--config", required = true, paramLabel = "FILE", description = "the pipeline configuration (YAML)")
    Path config;

    @Option(
            names = "--quarter",
            paramLabel = "Q",
            description = "the quarter, e.g. 2024Q3 (default: the latest in the marts)")
    String quarter;

    @Option(
            names = "--org",
            paramLabel = "CODE",
            description =
                    "restrict the report to this unit and the units under it, with a section on its heads and persons")
    String org;

    @Option(
            names = "--lang",
            paramLabel = "vi|en",
            description = "report language (default: the config's report.language, else vi)")
    String lang;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: <reports>/<quarter>[-<org>]/)")
    Path out;

    @Option(names = "--png-all", description = "write a print PNG of every chart, not only the board's (slower)")
    boolean pngAll;

    @Override
    public Integer call() throws Exception {
        long started = System.nanoTime();
        ReportSettings.Loaded loaded = ReportSettings.load(config);
        ReportSettings settings =
                lang == null ? loaded.settings() : loaded.settings().withLanguage(parseLanguage());
        Quarter wanted = quarter == null ? null : parseQuarter();
        progress("reading marts from " + loaded.locations().marts());
        // One resolution of the published set for everything the report reads.
        String set = PublishedSet.resolve(loaded.locations().marts()).toString();
        Marts marts = Marts.fromSet(set, w -> progress("warning: " + w));
        Quarter q = wanted == null ? marts.latestQuarter() : wanted;
        ReportContext context = ReportContext.of(marts, q, org, settings);
        Path dir = out != null ? out : Path.of(loaded.locations().reports(), q + (org == null ? "" : "-" + org));
        progress("rendering " + q + (org == null ? "" : " for " + org) + " in "
                + settings.language().code() + " into " + dir);
        DrillDown drillDown = DrillDown.forReport(set, context, w -> progress("warning: " + w));
        // Persons only in a unit's own report: the board's never reads them.
        UnitPersons persons = org == null
                ? UnitPersons.NONE
                : UnitPersons.forUnitReport(set, context, loaded.locations().lake(), w -> progress("warning: " + w));
        List<Path> written = new ReportRenderer(ReportCommand::progress, pngAll)
                .render(context, dir, Clock.systemUTC().instant(), drillDown, persons);
        printSummary(written, dir, System.nanoTime() - started);
        System.out.println(dir.resolve("report.pdf").toAbsolutePath());
        return 0;
    }

    private Language parseLanguage() {
        try {
            return Language.fromCode(lang);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(
                    new picocli.CommandLine(this), "--lang: " + e.getMessage());
        }
    }

    private Quarter parseQuarter() {
        try {
            return Quarter.parse(quarter);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(
                    new picocli.CommandLine(this), "--quarter: " + e.getMessage());
        }
    }

    static void progress(String line) {
        System.err.println("reports: " + line);
    }

    private static void printSummary(List<Path> written, Path dir, long nanos) throws java.io.IOException {
        System.out.println();
        System.out.printf("%-44s %12s%n", "file", "bytes");
        System.out.println("-".repeat(57));
        long total = 0;
        for (Path file : written) {
            long size = Files.size(file);
            total += size;
            System.out.printf("%-44s %,12d%n", dir.relativize(file), size);
        }
        System.out.println("-".repeat(57));
        System.out.printf("%-44s %,12d%n", written.size() + " files in " + String.format("%.1f s", nanos / 1e9), total);
    }
}

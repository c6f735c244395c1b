package vn.kyluat.reports.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.kyluat.contract.Mart;
import vn.kyluat.contract.Metric;
import vn.kyluat.contract.MetricDirection;
import vn.kyluat.contract.MetricKind;
import vn.kyluat.contract.Quarter;
import vn.kyluat.reports.marts.MartRow;
import vn.kyluat.reports.marts.OrgQuarter;
import vn.kyluat.reports.text.Formats;

/**
 * The board's first page: the root's key figures against last quarter and their targets, a few
 * sentences saying what moved, the watch list's size, and where the figures come from (the data's
 * cut-off instant and the extraction runs behind them).
 *
 * @param watchNow units under the root on the watch list this quarter
 * @param watchBefore the same last quarter; null when that quarter was not computed
 * @param asOf the cut-off: the quarter's end, 00:00 local; nothing after it counts
 * @param runs extraction run id → the sources whose latest run it was
 */
public record BoardSummary(
        List<KeyFigure> figures,
        List<String> sentences,
        long watchNow,
        Long watchBefore,
        Instant asOf,
        Map<String, List<String>> runs) {

    /** The key figures, in the order of the summary table. */
    static final List<Metric> KEY_METRICS = List.of(
            Metric.TASKS_DUE,
            Metric.ON_TIME_RATE,
            Metric.COMPLETION_RATE,
            Metric.STRICT_ON_TIME_RATE,
            Metric.BACKLOG_OVERDUE,
            Metric.BOUNCE_RATE,
            Metric.ESCALATION_AVOIDANCE_RATE,
            Metric.EXTENDED_SHARE,
            Metric.REMEDIATION_ON_TIME_RATE,
            Metric.FINDINGS_OPEN_OVERDUE,
            Metric.URGENT_MEDIAN_HOURS,
            Metric.DISCIPLINE_PER_100,
            Metric.RESPONSIBILITY_INDEX);

    /** The figures the sentences always speak of; any other figure with a target joins them. */
    private static final Set<Metric> HEADLINE = EnumSet.of(Metric.ON_TIME_RATE, Metric.BACKLOG_OVERDUE);

    public static BoardSummary of(ReportContext context) {
        List<KeyFigure> figures = keyFigures(context, context.root());
        long watchNow = watched(context, context.quarter());
        Long watchBefore =
                context.marts().quarters().contains(context.previous()) ? watched(context, context.previous()) : null;
        Map<String, List<String>> runs = runs(context.marts().dataQuality());
        Instant asOf = context.quarter().asOf();
        List<String> sentences = new ArrayList<>();
        sentences.add(opening(context, figures));
        figures.stream()
                .filter(k -> HEADLINE.contains(k.metric()) || k.target() != null)
                .forEach(k -> sentences.add(figureSentence(context, k)));
        sentences.add(watchSentence(context, watchNow, watchBefore));
        sentences.add(asOfSentence(context, asOf, runs));
        return new BoardSummary(figures, sentences, watchNow, watchBefore, asOf, runs);
    }

    /** An organisation's key figures in table order, the backlog over 90 days after the overdue backlog. */
    public static List<KeyFigure> keyFigures(ReportContext context, OrgQuarter org) {
        Optional<OrgQuarter> previous = context.marts().subtreeRow(org.orgCode(), context.previous());
        List<KeyFigure> figures = new ArrayList<>();
        for (Metric metric : KEY_METRICS) {
            figures.add(new KeyFigure(
                    metric,
                    metric.label(context.lang()),
                    metric.kind(),
                    MetricDirection.of(metric),
                    org.number(metric),
                    previous.map(p -> p.number(metric)).orElse(null),
                    context.settings().target(metric)));
            if (metric == Metric.BACKLOG_OVERDUE) {
                figures.add(new KeyFigure(
                        null,
                        context.m("key.backlog90"),
                        MetricKind.COUNT,
                        MetricDirection.LOWER_IS_BETTER,
                        (double) org.backlogOver90(),
                        previous.map(p -> (double) p.backlogOver90()).orElse(null),
                        null));
            }
        }
        return figures;
    }

    /** Units below the root (in that quarter's tree) on the watch list. */
    private static long watched(ReportContext context, Quarter quarter) {
        String rootCode = context.root().orgCode();
        Set<String> subtree = context.marts().tree(quarter).subtree(rootCode);
        return context.marts().subtreeRows(quarter).stream()
                .filter(r -> r.watch()
                        && subtree.contains(r.orgCode())
                        && !r.orgCode().equals(rootCode))
                .count();
    }

    /** Each source's latest run, grouped by run. */
    private static Map<String, List<String>> runs(List<MartRow> dataQuality) {
        Map<String, List<String>> runs = new TreeMap<>();
        DataQuality.latestRunPerSource(dataQuality)
                .forEach((source, rows) -> runs.computeIfAbsent(rows.get(0).get(Mart.RUN_ID), r -> new ArrayList<>())
                        .add(source));
        return runs;
    }

    /** How many figures got better and worse, and how many targets are met. */
    private static String opening(ReportContext context, List<KeyFigure> figures) {
        long better = figures.stream().filter(k -> k.changeTone() == Tone.GOOD).count();
        long worse = figures.stream().filter(k -> k.changeTone() == Tone.BAD).count();
        long targets = figures.stream().filter(k -> k.targetTone() != Tone.NONE).count();
        long met = figures.stream().filter(k -> k.targetTone() == Tone.GOOD).count();
        return context.m(
                "summary.opening",
                context.root().displayName(),
                context.formats().quarter(context.quarter()),
                better,
                worse,
                met,
                targets);
    }

    private static String watchSentence(ReportContext context, long now, Long before) {
        Formats f = context.formats();
        if (before == null) {
            return context.m("summary.watchNew", f.integer(now));
        }
        double delta = now - before;
        return context.m("summary.watch", f.integer(now), f.integer(before), change(context, MetricKind.COUNT, delta));
    }

    private static String asOfSentence(ReportContext context, Instant asOf, Map<String, List<String>> runs) {
        String runList = runs.entrySet().stream()
                .map(e -> context.m("summary.run", e.getKey(), String.join(", ", e.getValue())))
                .collect(Collectors.joining("; "));
        return context.m(
                "summary.asOf",
                context.formats().dateTime(asOf),
                runList.isEmpty() ? context.m("summary.noRuns") : runList);
    }

    private static String figureSentence(ReportContext context, KeyFigure k) {
        String value = formatted(context.formats(), k.kind(), k.current());
        String target = k.target() == null
                ? ""
                : context.m(
                        "summary.target",
                        target(context, k),
                        context.m(k.targetTone() == Tone.GOOD ? "key.met" : "key.notMet"));
        if (k.change() == null) {
            return context.m("summary.figureNew", k.label(), value, target);
        }
        String verdict = switch (k.changeTone()) {
            case GOOD -> context.m("summary.better");
            case BAD -> context.m("summary.worse");
            case NONE -> context.m("summary.same");
        };
        return context.m("summary.figure", k.label(), value, change(context, k.kind(), k.change()), verdict, target);
    }

    /** "từ 95,0 % trở lên", "không quá 500". */
    static String target(ReportContext context, KeyFigure k) {
        return context.m(
                k.direction() == MetricDirection.LOWER_IS_BETTER ? "summary.atMost" : "summary.atLeast",
                formatted(context.formats(), k.kind(), k.target()));
    }

    /** A figure as the report writes it; a count comes back from the mart as a whole number. */
    static String formatted(Formats f, MetricKind kind, Double value) {
        if (value == null) {
            return Formats.NONE;
        }
        return f.value(
                kind,
                kind == MetricKind.COUNT || kind == MetricKind.RANK ? (Object) Math.round(value) : (Object) value);
    }

    /** "tăng 2,1 điểm %", "giảm 294", "không đổi". */
    static String change(ReportContext context, MetricKind kind, double delta) {
        Formats f = context.formats();
        String amount = switch (kind) {
            case RATE, RATE_CHANGE -> f.points(Math.abs(delta)).replace("+", "");
            case COUNT, RANK -> f.integer(Math.round(Math.abs(delta)));
            default -> f.decimal(Math.abs(delta), 1);
        };
        if (amount.matches("[0.,]+( .*)?") || Math.abs(delta) < 1e-12) {
            return context.m("summary.unchanged");
        }
        return context.m(delta > 0 ? "summary.up" : "summary.down", amount);
    }
}

package vn.kyluat.reports.model;

import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.kyluat.contract.Mart;
import vn.kyluat.contract.RejectRule;
import vn.kyluat.reports.marts.MartRow;
import vn.kyluat.reports.marts.MartTimes;

/** The data_quality mart summed per source over the relations of its latest run. */
public final class DataQuality {
    private DataQuality() {}

    /**
     * @param status the source's status code ({@code COMPLETED}, {@code FAILED})
     * @param error why it failed; null when it did not
     */
    public record SourceSummary(
            String runId,
            Instant startedAt,
            String status,
            String error,
            long read,
            long accepted,
            long rejected,
            Map<RejectRule, Long> rejectedByRule) {}

    /** Source id → the rows of the source's latest run (by started_at), sources in name order. */
    public static Map<String, List<MartRow>> latestRunPerSource(List<MartRow> rows) {
        Map<String, List<MartRow>> bySource = rows.stream()
                .collect(Collectors.groupingBy(r -> r.get(Mart.SOURCE_ID), TreeMap::new, Collectors.toList()));
        Map<String, List<MartRow>> latest = new TreeMap<>();
        bySource.forEach((source, sourceRows) -> {
            MartRow last = sourceRows.stream()
                    .max(Comparator.comparing((MartRow r) -> r.get(Mart.STARTED_AT)))
                    .orElseThrow();
            latest.put(
                    source,
                    sourceRows.stream()
                            .filter(r -> last.get(Mart.RUN_ID).equals(r.get(Mart.RUN_ID)))
                            .toList());
        });
        return latest;
    }

    public static SourceSummary summarise(List<MartRow> runRows) {
        MartRow first = runRows.get(0);
        Map<RejectRule, Long> byRule = new EnumMap<>(RejectRule.class);
        for (RejectRule rule : RejectRule.values()) {
            byRule.put(
                    rule,
                    runRows.stream()
                            .mapToLong(r -> r.getLong(Mart.rejectedColumn(rule)))
                            .sum());
        }
        return new SourceSummary(
                first.get(Mart.RUN_ID),
                MartTimes.instant(first.get(Mart.STARTED_AT)),
                first.get(Mart.SOURCE_STATUS) == null ? "" : first.get(Mart.SOURCE_STATUS),
                first.get(Mart.ERROR),
                runRows.stream().mapToLong(r -> r.getLong(Mart.READ)).sum(),
                runRows.stream().mapToLong(r -> r.getLong(Mart.ACCEPTED)).sum(),
                runRows.stream().mapToLong(r -> r.getLong(Mart.REJECTED)).sum(),
                byRule);
    }
}

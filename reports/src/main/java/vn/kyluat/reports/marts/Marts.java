package vn.kyluat.reports.marts;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import vn.kyluat.contract.Mart;
import vn.kyluat.contract.Metric;
import vn.kyluat.contract.Quarter;

/**
 * Everything a report reads: the metrics of every organisation and quarter, the lists behind
 * them, and the data-quality figures of the extraction runs.
 */
public record Marts(
        List<OrgQuarter> metrics,
        List<MartRow> overlaps,
        List<MartRow> atRisk,
        List<MartRow> dataQuality,
        List<MartRow> rejects,
        List<DisciplineCount> disciplineByKind,
        Map<String, Map<String, String>> absorbed,
        Map<Quarter, Map<String, OrgQuarter>> subtreeByQuarter) {

    /**
     * @param absorbed per quarter, each unit dissolved by the quarter's last day → the unit its figures count
     *     under then (org_tree's counted_under_code, where it is not the unit itself)
     */
    public Marts(
            List<OrgQuarter> metrics,
            List<MartRow> overlaps,
            List<MartRow> atRisk,
            List<MartRow> dataQuality,
            List<MartRow> rejects,
            List<DisciplineCount> disciplineByKind,
            Map<String, Map<String, String>> absorbed) {
        this(metrics, overlaps, atRisk, dataQuality, rejects, disciplineByKind, absorbed, indexSubtreeRows(metrics));
    }

    /** Quarter → org code → subtree row: reports look rows up by unit thousands of times. */
    private static Map<Quarter, Map<String, OrgQuarter>> indexSubtreeRows(List<OrgQuarter> metrics) {
        Map<Quarter, Map<String, OrgQuarter>> index = new TreeMap<>();
        for (OrgQuarter row : metrics) {
            if (row.isSubtree()) {
                index.computeIfAbsent(row.quarter(), q -> new LinkedHashMap<>()).put(row.orgCode(), row);
            }
        }
        return index;
    }

    /**
     * Reads the CSV exports of the published set ({@link PublishedSet}, resolved once);
     * org_quarter_metrics is required, the other marts may be absent.
     */
    public static Marts load(String martsRoot, Consumer<String> warnings) {
        return fromSet(PublishedSet.resolve(martsRoot).toString(), warnings);
    }

    /** Reads the CSV exports of the set in folder {@code set}, already resolved by the caller. */
    public static Marts fromSet(String set, Consumer<String> warnings) {
        List<OrgQuarter> metrics = CsvMart.read(set, Mart.ORG_QUARTER_METRICS).stream()
                .map(OrgQuarter::of)
                .toList();
        if (metrics.isEmpty()) {
            throw new MartException(Mart.ORG_QUARTER_METRICS.csvPath(set) + ": the mart has no rows");
        }
        return new Marts(
                metrics,
                optional(set, Mart.OVERLAPPING_ASSIGNMENTS, warnings),
                optional(set, Mart.AT_RISK_TASKS, warnings),
                optional(set, Mart.DATA_QUALITY, warnings),
                optional(set, Mart.REJECTS, warnings),
                optional(set, Mart.DISCIPLINE_BY_KIND, warnings).stream()
                        .map(DisciplineCount::of)
                        .toList(),
                absorbed(set));
    }

    /**
     * org_tree's absorbed units per quarter (none when the set has no org_tree: DrillDown says so). Few: the
     * units dissolved by each quarter's last day whose figures another unit holds.
     */
    private static Map<String, Map<String, String>> absorbed(String set) {
        Map<String, Map<String, String>> absorbed = new HashMap<>();
        if (CsvMart.exists(set, Mart.ORG_TREE)) {
            CsvMart.each(set, Mart.ORG_TREE, row -> {
                String under = row.get(Mart.COUNTED_UNDER_CODE);
                if (under != null && !under.equals(row.get(Mart.ORG_CODE))) {
                    absorbed.computeIfAbsent(row.get(Mart.QUARTER), q -> new HashMap<>())
                            .put(row.get(Mart.ORG_CODE), under);
                }
            });
        }
        return absorbed;
    }

    /** The unit whose figures count a row's unit in the row's quarter: the unit itself, or its successor. */
    private String countedUnder(MartRow row, String unitColumn) {
        String unit = row.get(unitColumn);
        return absorbed.getOrDefault(row.get(Mart.QUARTER), Map.of()).getOrDefault(unit, unit);
    }

    private static List<MartRow> optional(String set, Mart mart, Consumer<String> warnings) {
        if (!CsvMart.exists(set, mart)) {
            warnings.accept("no " + mart.csvPath(set) + ": that part of the report stays empty");
            return List.of();
        }
        return CsvMart.read(set, mart);
    }

    public List<Quarter> quarters() {
        return List.copyOf(subtreeByQuarter.keySet());
    }

    public Quarter latestQuarter() {
        return quarters().stream().max(Comparator.naturalOrder()).orElseThrow();
    }

    /** The subtree row of one organisation in one quarter, if the mart has it. */
    public Optional<OrgQuarter> subtreeRow(String orgCode, Quarter quarter) {
        return Optional.ofNullable(
                subtreeByQuarter.getOrDefault(quarter, Map.of()).get(orgCode));
    }

    /** The subtree rows of one quarter. */
    public List<OrgQuarter> subtreeRows(Quarter quarter) {
        return List.copyOf(subtreeByQuarter.getOrDefault(quarter, Map.of()).values());
    }

    public OrgTree tree(Quarter quarter) {
        return OrgTree.of(subtreeRows(quarter));
    }

    /**
     * What the head of {@code rootCode} may see: the rows of its subtree only. The lists keep the
     * tasks held or led by units of the subtree, a unit dissolved into one of them included (org_tree's
     * counted_under_code, as the figures count it); the rejects (whose raw values may name any unit)
     * are left out; data quality keeps its source-level counts. The root's own link upward (parent
     * code and peer group name) is cleared so nothing names a unit outside the subtree.
     */
    public Marts restrictedTo(String rootCode, Set<String> subtree) {
        Predicate<MartRow> leadInside = r -> subtree.contains(countedUnder(r, Mart.LEAD_ORG_CODE));
        Predicate<MartRow> holderInside = r -> subtree.contains(countedUnder(r, Mart.HOLDER_ORG_CODE));
        return new Marts(
                metrics.stream()
                        .filter(r -> subtree.contains(r.orgCode()))
                        .map(r -> detachedIfRoot(r, rootCode))
                        .toList(),
                overlaps.stream().filter(leadInside).toList(),
                atRisk.stream().filter(holderInside).toList(),
                dataQuality,
                List.of(),
                disciplineByKind.stream()
                        .filter(r -> subtree.contains(r.orgCode()))
                        .toList(),
                absorbedInto(subtree));
    }

    /** The absorbed units that count under a unit of {@code subtree}: nothing names a unit outside it. */
    private Map<String, Map<String, String>> absorbedInto(Set<String> subtree) {
        Map<String, Map<String, String>> inside = new HashMap<>();
        absorbed.forEach((quarter, units) -> units.forEach((unit, under) -> {
            if (subtree.contains(under)) {
                inside.computeIfAbsent(quarter, q -> new HashMap<>()).put(unit, under);
            }
        }));
        return inside;
    }

    private static OrgQuarter detachedIfRoot(OrgQuarter row, String rootCode) {
        if (!row.orgCode().equals(rootCode)) {
            return row;
        }
        var metrics = new EnumMap<Metric, Object>(Metric.class);
        metrics.putAll(row.metrics());
        metrics.remove(Metric.PEER_GROUP);
        return new OrgQuarter(
                row.quarter(),
                row.orgCode(),
                row.scope(),
                row.orgName(),
                row.orgKind(),
                null,
                row.metricsVersion(),
                metrics);
    }
}
